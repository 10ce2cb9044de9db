package dev.mcphex.adapter.stdio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcNotification;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.JsonRpcResult;
import dev.mcphex.ports.jsonrpc.RequestId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class StdioTransportTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Executor VIRTUAL = task -> Thread.ofVirtual().start(task);
    private static final StdioOptions QUICK = StdioOptions.DEFAULTS.withShutdownGrace(Duration.ofMillis(200));

    private final FakeServer server = new FakeServer();
    private final ScriptedInput input = new ScriptedInput();
    private final CapturedOutput output = new CapturedOutput();

    @Test
    void answersEachRequestWithOneJsonObjectPerLine() {
        server.handler = (message, exchange) -> message instanceof JsonRpcRequest r
                ? Optional.of(new JsonRpcResult(r.id(), Json.object().put("text", "two\nlines \u00e9")))
                : Optional.empty();

        CapturedOutput out = runToEnd(lines(request(1, "a"), request(2, "b")), QUICK);

        String text = out.text();
        assertThat(text).endsWith("\n");
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines).allSatisfy(line -> {
            JsonNode node = Json.parse(line);
            assertThat(node.isObject()).isTrue();
            assertThat(node.get("jsonrpc").stringValue()).isEqualTo("2.0");
            assertThat(node.at("/result/text").stringValue()).isEqualTo("two\nlines \u00e9");
        });
        assertThat(lines).extracting(line -> Json.parse(line).get("id").longValue())
                .containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void writesResponsesInOrderOfCompletionNotOfArrival() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.handler = (message, exchange) -> {
            switch (FakeServer.methodOf(message)) {
                case "slow" -> await(release);
                case "release" -> release.countDown();
                default -> { }
            }
            return FakeServer.echo(message, exchange);
        };
        CompletableFuture<Void> running = start(QUICK);

        input.line(request(1, "slow")).line(request(2, "fast"));
        assertThat(output.next().get("id").longValue()).isEqualTo(2);
        input.line(notification("release"));
        assertThat(output.next().get("id").longValue()).isEqualTo(1);

        input.end();
        assertThat(running).succeedsWithin(TIMEOUT);
    }

    @Test
    void requestAwaitingTheClientsAnswerCompletesWhenTheAnswerArrives() throws Exception {
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        server.handler = (message, exchange) -> switch (message) {
            case JsonRpcRequest r when r.method().equals("tools/call") -> {
                exchange.sink().send(new JsonRpcRequest(RequestId.of("e1"), "elicitation/create", null));
                JsonNode reply = answer.orTimeout(5, TimeUnit.SECONDS).join();
                yield Optional.of(new JsonRpcResult(r.id(), Json.object().set("answer", reply)));
            }
            case JsonRpcResult r -> {
                answer.complete(r.result());
                yield Optional.empty();
            }
            default -> Optional.empty();
        };
        CompletableFuture<Void> running = start(QUICK);

        input.line(request(7, "tools/call"));
        JsonNode elicitation = output.next();
        assertThat(elicitation.get("method").stringValue()).isEqualTo("elicitation/create");
        input.line("{\"jsonrpc\":\"2.0\",\"id\":\"e1\",\"result\":{\"action\":\"accept\"}}");
        JsonNode response = output.next();
        assertThat(response.get("id").longValue()).isEqualTo(7);
        assertThat(response.at("/result/answer/action").stringValue()).isEqualTo("accept");

        input.end();
        assertThat(running).succeedsWithin(TIMEOUT);
    }

    @Test
    void initializeBindsTheSessionBeforeTheNextLineAndLaterExchangesCarryIt() throws Exception {
        server.handler = (message, exchange) -> {
            if ("initialize".equals(FakeServer.methodOf(message))) {
                pause(Duration.ofMillis(30));
                exchange.bindSession("s-1");
            }
            if ("emit".equals(FakeServer.methodOf(message))) {
                server.streams.get(exchange.sessionId().orElseThrow())
                        .send(new JsonRpcNotification("notifications/tools/list_changed", null));
            }
            return FakeServer.echo(message, exchange);
        };
        CompletableFuture<Void> running = start(QUICK);

        input.line(request(1, "initialize")).line(notification("notifications/initialized"));
        assertThat(output.next().at("/result/method").stringValue()).isEqualTo("initialize");
        input.line(request(2, "emit"));
        assertThat(output.next().get("method").stringValue()).isEqualTo("notifications/tools/list_changed");
        assertThat(output.next().get("id").longValue()).isEqualTo(2);

        assertThat(server.exchangeOf("initialize").sessionId()).contains("s-1");
        assertThat(server.exchangeOf("notifications/initialized").sessionId()).contains("s-1");
        assertThat(server.exchangeOf("emit").sessionId()).contains("s-1");
        assertThat(server.received).extracting(r -> r.exchange().transport()).containsOnly("stdio");

        input.end();
        assertThat(running).succeedsWithin(TIMEOUT);
        assertThat(server.closedStreams).containsExactly("s-1");
        assertThat(server.endedSessions).containsExactly("s-1");
    }

    @Test
    void endOfInputReturnsFromRunWithoutEndingAnySessionWhenNoneWasOpened() {
        runToEnd(lines(request(1, "ping")), QUICK);

        assertThat(server.endedSessions).isEmpty();
        assertThat(server.closedStreams).isEmpty();
    }

    static Stream<Arguments> badLines() {
        String tooLong = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + "x".repeat(200) + "\"}";
        byte[] invalidUtf8 = concat("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"a".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, 0x28}, "\"}".getBytes(StandardCharsets.UTF_8));
        return Stream.of(
                Arguments.of("invalid JSON", bytes("{\"jsonrpc\":\"2.0\","), ErrorCodes.PARSE_ERROR),
                Arguments.of("invalid UTF-8", invalidUtf8, ErrorCodes.PARSE_ERROR),
                Arguments.of("not an object", bytes("42"), ErrorCodes.INVALID_REQUEST),
                Arguments.of("over-long line", bytes(tooLong), ErrorCodes.INVALID_REQUEST));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLines")
    void answersABadLineWithOneErrorAndKeepsGoing(String name, byte[] line, int code) {
        byte[] document = concat(line, bytes("\n"), lines(request(2, "ping")));

        CapturedOutput out = runToEnd(document, QUICK.withMaxLineBytes(128));

        List<JsonNode> written = out.remaining();
        assertThat(written).hasSize(2);
        assertThat(written.get(0).get("id").isNull()).isTrue();
        assertThat(written.get(0).at("/error/code").intValue()).isEqualTo(code);
        assertThat(written.get(0).at("/error/message").stringValue()).isNotBlank();
        assertThat(written.get(1).get("id").longValue()).isEqualTo(2);
        assertThat(server.received).hasSize(1);
    }

    @Test
    void ignoresBlankLinesAndToleratesCarriageReturns() {
        byte[] document = bytes("\n   \n\t\r\n" + request(1, "ping") + "\r\n\r\n" + request(2, "ping"));

        CapturedOutput out = runToEnd(document, QUICK);

        assertThat(out.remaining()).extracting(node -> node.get("id").longValue()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(server.received).hasSize(2);
    }

    @Test
    void waitsForInFlightRequestsToFinishAfterTheInputEnds() {
        server.handler = (message, exchange) -> {
            pause(Duration.ofMillis(100));
            return FakeServer.echo(message, exchange);
        };

        CapturedOutput out = runToEnd(lines(request(1, "slow")), StdioOptions.DEFAULTS);

        assertThat(out.remaining()).extracting(node -> node.get("id").longValue()).containsExactly(1L);
        assertThat(server.exchangeOf("slow").cancellation().isCancelled()).isFalse();
    }

    @Test
    void cancelsInFlightRequestsThatOutlastTheGracePeriod() {
        CountDownLatch cancelled = new CountDownLatch(1);
        server.handler = (message, exchange) -> {
            exchange.cancellation().onCancel(cancelled::countDown);
            await(cancelled);
            return Optional.empty();
        };
        Duration grace = Duration.ofMillis(150);

        long start = System.nanoTime();
        runToEnd(lines(request(1, "stuck")), StdioOptions.DEFAULTS.withShutdownGrace(grace));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        Exchange exchange = server.exchangeOf("stuck");
        assertThat(exchange.cancellation().isCancelled()).isTrue();
        assertThat(took).isBetween(grace, TIMEOUT);
    }

    @Test
    void answersAFailingRequestWithAnInternalErrorThatHidesTheCause() {
        server.handler = (message, exchange) -> {
            throw new IllegalStateException("secret detail");
        };

        CapturedOutput out = runToEnd(lines(request(3, "boom")), QUICK);

        List<JsonNode> written = out.remaining();
        assertThat(written).hasSize(1);
        assertThat(written.get(0).get("id").longValue()).isEqualTo(3);
        assertThat(written.get(0).at("/error/code").intValue()).isEqualTo(ErrorCodes.INTERNAL_ERROR);
        assertThat(written.get(0).at("/error/message").stringValue()).isEqualTo("Internal error");
        assertThat(out.text()).doesNotContain("secret");
    }

    @Test
    void keepsReadingAfterAFailingNotification() {
        server.handler = (message, exchange) -> {
            if (message instanceof JsonRpcNotification) {
                throw new IllegalStateException("broken");
            }
            return FakeServer.echo(message, exchange);
        };

        CapturedOutput out = runToEnd(lines(notification("boom"), request(4, "ping")), QUICK);

        assertThat(out.remaining()).extracting(node -> node.get("id").longValue()).containsExactly(4L);
    }

    @Test
    void handsABatchToTheServerAndWritesItsAnswerOnOneLine() {
        String batch = "[" + request(1, "a") + "," + request(2, "b") + "]";
        server.documents = (bytes, exchange) -> {
            assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(batch);
            return Optional.of("[\n  {\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}},\n  {\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{}}\n]");
        };

        CapturedOutput out = runToEnd(lines(batch), QUICK);

        List<JsonNode> written = out.remaining();
        assertThat(written).hasSize(1);
        assertThat(written.get(0).isArray()).isTrue();
        assertThat(written.get(0)).hasSize(2);
    }

    @Test
    void runsOnlyOnce() {
        StdioTransport transport = new StdioTransport(server, new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), QUICK);
        transport.run();

        assertThatThrownBy(transport::run).isInstanceOf(IllegalStateException.class);
    }

    private CompletableFuture<Void> start(StdioOptions options) {
        StdioTransport transport = new StdioTransport(server, input, output, options);
        return CompletableFuture.runAsync(transport::run, VIRTUAL);
    }

    private CapturedOutput runToEnd(byte[] document, StdioOptions options) {
        CapturedOutput out = new CapturedOutput();
        StdioTransport transport = new StdioTransport(server, new ByteArrayInputStream(document), out, options);
        assertThat(CompletableFuture.runAsync(transport::run, VIRTUAL)).succeedsWithin(TIMEOUT);
        return out;
    }

    private static String request(long id, String method) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\"}";
    }

    private static String notification(String method) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\"}";
    }

    private static byte[] lines(String... lines) {
        return bytes(String.join("\n", lines) + "\n");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the latch was never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
