package dev.mcphex.bench.clients;

import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Opens N {@code subscriptions/listen} streams (tool list changes), waits until every one is acknowledged,
 * reads the server's resident memory, then calls {@code notify_tools_changed} and times how long it takes
 * until every stream has received {@code notifications/tools/list_changed}. Prints one JSON line.
 * Arguments: port, path, N, server pid.
 */
public final class ListenFanout {
    private static final long TIMEOUT_SECONDS = 60;

    private ListenFanout() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String path = args[1];
        int streams = Integer.parseInt(args[2]);
        long pid = Long.parseLong(args[3]);
        var acknowledged = new CountDownLatch(streams);
        var notified = new CountDownLatch(streams);
        var lastArrival = new AtomicLong();
        var failures = new AtomicLong();
        List<Socket> sockets = new ArrayList<>(streams);
        long openStart = System.nanoTime();
        for (int i = 0; i < streams; i++) {
            String body = Http.modernBody(Http.nextId(), "subscriptions/listen",
                    "\"notifications\":{\"toolsListChanged\":true}", "");
            Socket socket;
            try {
                socket = Http.post(port, path, "subscriptions/listen", null, body);
            } catch (java.io.IOException e) {
                failures.incrementAndGet();
                acknowledged.countDown();
                notified.countDown();
                continue;
            }
            sockets.add(socket);
            Thread.ofVirtual().start(() -> listen(socket, acknowledged, notified, lastArrival, failures));
        }
        boolean allAcknowledged = acknowledged.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        double openMs = (System.nanoTime() - openStart) / 1e6;
        Thread.sleep(1_000);
        long rssKb = rssKb(pid);

        long start = System.nanoTime();
        String call = Http.modernBody(Http.nextId(), "tools/call", "\"name\":\"notify_tools_changed\",\"arguments\":{}", "");
        try (Socket trigger = Http.post(port, path, "tools/call", "notify_tools_changed", call)) {
            Http.readUntil(trigger.getInputStream(), new StringBuilder(), 0, "notified");
        }
        boolean allNotified = notified.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        double fanoutMs = (lastArrival.get() - start) / 1e6;
        System.out.printf(java.util.Locale.ROOT, "{\"streams\":%d,\"acknowledged\":%b,\"openMs\":%.1f,\"rssKb\":%d,\"allNotified\":%b,"
                        + "\"notified\":%d,\"fanoutMs\":%.1f,\"failures\":%d}%n", streams, allAcknowledged, openMs, rssKb,
                allNotified, streams - notified.getCount(), fanoutMs, failures.get());
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    private static void listen(Socket socket, CountDownLatch acknowledged, CountDownLatch notified,
                               AtomicLong lastArrival, AtomicLong failures) {
        try {
            InputStream in = socket.getInputStream();
            var seen = new StringBuilder();
            int afterAck = Http.readUntil(in, seen, 0, "notifications/subscriptions/acknowledged");
            acknowledged.countDown();
            if (afterAck < 0 || Http.readUntil(in, seen, afterAck, "notifications/tools/list_changed") < 0) {
                failures.incrementAndGet();
                return;
            }
            lastArrival.accumulateAndGet(System.nanoTime(), Math::max);
            notified.countDown();
        } catch (java.io.IOException e) {
            if (!socket.isClosed()) {
                failures.incrementAndGet();
            }
        }
    }

    static long rssKb(long pid) throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
