package dev.mcphex.domain.annotated;

import static dev.mcphex.domain.annotated.ScanAssertions.assertScanFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.ports.protocol.ResourceContents;
import dev.mcphex.ports.protocol.ResourceDefinition;
import dev.mcphex.ports.protocol.ResourceTemplateDefinition;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.Principal;
import dev.mcphex.ports.spi.Resource;
import dev.mcphex.ports.spi.ResourceNotFoundException;
import dev.mcphex.ports.spi.ResourceTemplate;
import dev.mcphex.ports.spi.annotations.McpParam;
import dev.mcphex.ports.spi.annotations.McpResource;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResourceScanTest {

    public static class Notes {
        @McpResource(uri = "notes://readme", title = "Read me", description = "The introduction")
        public String readme() {
            return "hello";
        }

        @McpResource(uri = "notes://owner", name = "owner")
        public String owner(McpContext context) {
            return context.principal().subject();
        }

        @McpResource(uri = "files://logo", mimeType = "image/png")
        public byte[] logo() {
            return "PNG".getBytes(StandardCharsets.UTF_8);
        }

        @McpResource(uri = "notes://gone")
        public String gone() {
            return null;
        }

        @McpResource(uri = "notes://{folder}/{id}", description = "A note", mimeType = "text/markdown")
        public String note(String folder, @McpParam(name = "id") String noteId, Principal principal) {
            return folder + "/" + noteId + " for " + principal.subject();
        }

        @McpResource(uri = "raw://{key}")
        public ResourceContents raw(String key) {
            return ResourceContents.text("raw://" + key, "application/json", "{}");
        }

        @McpResource(uri = "many://{key}")
        public List<ResourceContents> many(String key) {
            return List.of(ResourceContents.text("many://" + key + "/1", null, "one"),
                    ResourceContents.text("many://" + key + "/2", null, "two"));
        }
    }

    private final AnnotatedHandlers handlers = AnnotatedHandlers.scan(new Notes());

    private Resource resource(String uri) {
        return handlers.resources().stream().filter(resource -> resource.uri().equals(uri)).findFirst().orElseThrow();
    }

    private ResourceTemplate template(String name) {
        return handlers.templates().stream().filter(template -> template.definition().name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void fixedUris_becomeResourcesSortedByName() {
        assertThat(handlers.resources()).extracting(resource -> resource.definition().name())
                .containsExactly("gone", "logo", "owner", "readme");
    }

    @Test
    void templatedUris_becomeTemplatesSortedByName() {
        assertThat(handlers.templates()).extracting(template -> template.definition().name())
                .containsExactly("many", "note", "raw");
    }

    @Test
    void resourceDefinition_carriesDeclaredFields() {
        assertThat(resource("notes://readme").definition()).isEqualTo(
                new ResourceDefinition("notes://readme", "readme", "Read me", "The introduction", "text/plain",
                        null, null, null));
    }

    @Test
    void templateDefinition_carriesDeclaredFields() {
        assertThat(template("note").definition()).isEqualTo(ResourceTemplateDefinition.of(
                "notes://{folder}/{id}", "note", "A note", "text/markdown"));
    }

    @Test
    void stringReturn_isTextWithTheDeclaredMimeType() throws Exception {
        assertThat(resource("notes://readme").reader().read("notes://readme", new FakeContext()))
                .containsExactly(ResourceContents.text("notes://readme", "text/plain", "hello"));
    }

    @Test
    void fixedResource_getsTheContext() throws Exception {
        FakeContext context = new FakeContext(new Principal("bob", Set.of()));

        assertThat(resource("notes://owner").reader().read("notes://owner", context))
                .containsExactly(ResourceContents.text("notes://owner", "text/plain", "bob"));
    }

    @Test
    void byteArrayReturn_isBase64Blob() throws Exception {
        assertThat(resource("files://logo").reader().read("files://logo", new FakeContext())).containsExactly(
                ResourceContents.blob("files://logo", "image/png", Base64.getEncoder().encodeToString(
                        "PNG".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void nullReturn_isNotFound() {
        assertThatThrownBy(() -> resource("notes://gone").reader().read("notes://gone", new FakeContext()))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.uri()).isEqualTo("notes://gone"));
    }

    @Test
    void templateVariables_areBoundToParameters() throws Exception {
        FakeContext context = new FakeContext(new Principal("carol", Set.of()));

        List<ResourceContents> contents = template("note").reader()
                .read("notes://work/42", Map.of("folder", "work", "id", "42"), context);

        assertThat(contents).containsExactly(
                ResourceContents.text("notes://work/42", "text/markdown", "work/42 for carol"));
    }

    @Test
    void resourceContentsReturns_arePassedThrough() throws Exception {
        assertThat(template("raw").reader().read("raw://k", Map.of("key", "k"), new FakeContext()))
                .containsExactly(ResourceContents.text("raw://k", "application/json", "{}"));
        assertThat(template("many").reader().read("many://k", Map.of("key", "k"), new FakeContext()))
                .extracting(ResourceContents::uri).containsExactly("many://k/1", "many://k/2");
    }

    public static class UnboundVariable {
        @McpResource(uri = "notes://{folder}/{id}")
        public String note(String folder) {
            return folder;
        }
    }

    @Test
    void unboundTemplateVariable_fails() {
        assertScanFails(new UnboundVariable())
                .hasMessageContaining(UnboundVariable.class.getName() + ".note")
                .hasMessageContaining("[id] are not bound");
    }

    public static class ExtraParameter {
        @McpResource(uri = "notes://{id}")
        public String note(String id, String other) {
            return id;
        }
    }

    @Test
    void parameterThatIsNoTemplateVariable_fails() {
        assertScanFails(new ExtraParameter())
                .hasMessageContaining("parameter 'other' is not a variable of the URI template");
    }

    public static class FixedWithArgument {
        @McpResource(uri = "notes://fixed")
        public String note(String id) {
            return id;
        }
    }

    @Test
    void fixedResourceWithArgument_fails() {
        assertScanFails(new FixedWithArgument())
                .hasMessageContaining("takes no arguments");
    }

    public static class WrongReturn {
        @McpResource(uri = "notes://number")
        public int number() {
            return 1;
        }
    }

    @Test
    void unsupportedReturnType_fails() {
        assertScanFails(new WrongReturn())
                .hasMessageContaining(WrongReturn.class.getName() + ".number")
                .hasMessageContaining("must return String, byte[]");
    }

    public static class RelativeUri {
        @McpResource(uri = "readme.txt")
        public String readme() {
            return "";
        }
    }

    @Test
    void relativeUri_fails() {
        assertScanFails(new RelativeUri())
                .hasMessageContaining(RelativeUri.class.getName() + ".readme")
                .hasMessageContaining("absolute URI");
    }

    public static class SameUri {
        @McpResource(uri = "notes://same", name = "a")
        public String a() {
            return "";
        }

        @McpResource(uri = "notes://same", name = "b")
        public String b() {
            return "";
        }
    }

    @Test
    void duplicateUri_fails() {
        assertScanFails(new SameUri())
                .hasMessageContaining("resource URI 'notes://same'");
    }

    public static class ComplexTemplate {
        @McpResource(uri = "notes://{+path}")
        public String note(String path) {
            return path;
        }
    }

    @Test
    void templateBeyondLevelOne_fails() {
        assertScanFails(new ComplexTemplate())
                .hasMessageContaining("only simple {name} variables");
    }
}
