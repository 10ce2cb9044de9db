package dev.mcphex.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.BlobResourceContents;
import dev.mcphex.ports.protocol.ResourceContents;
import dev.mcphex.ports.protocol.ResourceDefinition;
import dev.mcphex.ports.protocol.TextResourceContents;
import dev.mcphex.ports.spi.Resource;
import dev.mcphex.ports.spi.ResourceNotFoundException;
import dev.mcphex.ports.spi.ResourceTemplate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FixtureResourcesTest {

    private final ConformanceFixture fixture = new ConformanceFixture(FixtureHooks.NONE);

    @Test
    void staticTextResourceIsDescribedAndReadAsPlainText() throws Exception {
        Resource resource = resource("test://static-text");
        ResourceDefinition definition = resource.definition();

        assertThat(List.of(definition.name(), definition.title(), definition.mimeType()))
                .containsExactly("static-text", "Static Text Resource", "text/plain");
        assertThat(definition.description()).isNotBlank();
        assertThat(read(resource)).singleElement().isEqualTo(new TextResourceContents(
                "test://static-text", "text/plain", "This is the content of the static text resource."));
    }

    @Test
    void staticBinaryResourceIsReadAsABase64Png() throws Exception {
        Resource resource = resource("test://static-binary");

        assertThat(resource.definition().name()).isEqualTo("static-binary");
        assertThat(resource.definition().mimeType()).isEqualTo("image/png");
        assertThat(read(resource)).singleElement().isInstanceOfSatisfying(BlobResourceContents.class, blob -> {
            assertThat(blob.uri()).isEqualTo("test://static-binary");
            assertThat(blob.mimeType()).isEqualTo("image/png");
            assertThat(Base64.getDecoder().decode(blob.blob())).isNotEmpty();
        });
    }

    @Test
    void watchedResourceStartsWithItsInitialText() throws Exception {
        Resource resource = resource(ConformanceFixture.WATCHED_RESOURCE_URI);

        assertThat(resource.definition().name()).isEqualTo("watched-resource");
        assertThat(read(resource)).singleElement().isEqualTo(new TextResourceContents(
                "test://watched-resource", "text/plain", "Watched resource content"));
    }

    @Test
    void templateEchoesTheIdInItsJsonData() throws Exception {
        ResourceTemplate template = fixture.resourceTemplates().get(0);

        List<ResourceContents> contents = template.reader()
                .read("test://template/123/data", Map.of("id", "123"), new FakeContext());

        assertThat(contents).singleElement().isInstanceOfSatisfying(TextResourceContents.class, text -> {
            assertThat(text.uri()).isEqualTo("test://template/123/data");
            assertThat(text.mimeType()).isEqualTo("application/json");
            assertThat(Json.parse(text.text())).isEqualTo(
                    Json.parse("{\"id\":\"123\",\"templateTest\":true,\"data\":\"Data for ID: 123\"}"));
        });
    }

    @Test
    void templateQuotesIdsThatNeedEscaping() throws Exception {
        ResourceTemplate template = fixture.resourceTemplates().get(0);

        List<ResourceContents> contents = template.reader()
                .read("test://template/a%22b/data", Map.of("id", "a\"b"), new FakeContext());

        assertThat(Json.parse(((TextResourceContents) contents.get(0)).text()).path("id").asString())
                .isEqualTo("a\"b");
    }

    @Test
    void templateWithoutAnIdIsNotFound() {
        ResourceTemplate template = fixture.resourceTemplates().get(0);

        assertThatThrownBy(() -> template.reader().read("test://template//data", Map.of(), new FakeContext()))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.uri()).isEqualTo("test://template//data"));
    }

    @Test
    void eachFixtureKeepsItsOwnWatchedText() throws Exception {
        ConformanceFixture other = new ConformanceFixture(FixtureHooks.NONE);

        other.updateWatchedResource("changed");

        assertThat(read(resource(ConformanceFixture.WATCHED_RESOURCE_URI))).singleElement()
                .extracting(c -> ((TextResourceContents) c).text()).isEqualTo("Watched resource content");
    }

    private Resource resource(String uri) {
        return fixture.resources().stream().filter(r -> r.uri().equals(uri)).findFirst().orElseThrow();
    }

    private static List<ResourceContents> read(Resource resource) throws Exception {
        return resource.reader().read(resource.uri(), new FakeContext());
    }
}
