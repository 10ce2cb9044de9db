package dev.mcphex.domain.annotated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.spi.annotations.McpParam;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class JsonSchemasTest {

    enum Color { RED, GREEN }

    record Point(int x, int y) {
    }

    record Person(@McpParam(description = "Full name") String name, Optional<Integer> age,
                  @McpParam(required = false) String nickname, @McpParam(name = "e_mail") String email) {
    }

    record Line(Point from, Point to) {
    }

    record TreeNode(String label, List<TreeNode> children) {
    }

    record Forest(List<TreeNode> trees, TreeNode biggest) {
    }

    record Husband(String name, Wife wife) {
    }

    record Wife(String name, Husband husband) {
    }

    static final class Pojo {
    }

    @SuppressWarnings("unused")
    private static final class Holder {
        List<String> strings;
        Set<Integer> integers;
        Collection<Color> colors;
        Map<String, Double> prices;
        Map<Integer, String> byNumber;
        Optional<UUID> maybeId;
        List<? extends Point> points;
        List<Object> objects;
        ArrayList<String> arrayList;
    }

    private static Type field(String name) throws NoSuchFieldException {
        return Holder.class.getDeclaredField(name).getGenericType();
    }

    private static JsonNode json(String text) {
        return Json.parse(text);
    }

    @Test
    void booleans_areBoolean() {
        assertThat(JsonSchemas.of(boolean.class)).isEqualTo(json("{\"type\":\"boolean\"}"));
        assertThat(JsonSchemas.of(Boolean.class)).isEqualTo(json("{\"type\":\"boolean\"}"));
    }

    @Test
    void boundedIntegrals_carryTheirRange() {
        assertThat(JsonSchemas.of(byte.class))
                .isEqualTo(json("{\"type\":\"integer\",\"minimum\":-128,\"maximum\":127}"));
        assertThat(JsonSchemas.of(Short.class))
                .isEqualTo(json("{\"type\":\"integer\",\"minimum\":-32768,\"maximum\":32767}"));
        assertThat(JsonSchemas.of(int.class))
                .isEqualTo(json("{\"type\":\"integer\",\"minimum\":-2147483648,\"maximum\":2147483647}"));
        assertThat(JsonSchemas.of(Integer.class)).isEqualTo(JsonSchemas.of(int.class));
    }

    @Test
    void longAndBigInteger_areUnboundedIntegers() {
        assertThat(JsonSchemas.of(long.class)).isEqualTo(json("{\"type\":\"integer\"}"));
        assertThat(JsonSchemas.of(Long.class)).isEqualTo(json("{\"type\":\"integer\"}"));
        assertThat(JsonSchemas.of(BigInteger.class)).isEqualTo(json("{\"type\":\"integer\"}"));
    }

    @Test
    void floatingPointAndBigDecimal_areNumbers() {
        for (Type type : List.of(float.class, Float.class, double.class, Double.class, BigDecimal.class)) {
            assertThat(JsonSchemas.of(type)).as(type.getTypeName()).isEqualTo(json("{\"type\":\"number\"}"));
        }
    }

    @Test
    void stringsAndChars_areStrings() {
        assertThat(JsonSchemas.of(String.class)).isEqualTo(json("{\"type\":\"string\"}"));
        assertThat(JsonSchemas.of(char.class))
                .isEqualTo(json("{\"type\":\"string\",\"minLength\":1,\"maxLength\":1}"));
    }

    @Test
    void enum_listsConstantNames() {
        assertThat(JsonSchemas.of(Color.class)).isEqualTo(json("{\"type\":\"string\",\"enum\":[\"RED\",\"GREEN\"]}"));
    }

    @Test
    void timeAndIdentifierTypes_carryFormats() {
        assertThat(JsonSchemas.of(Instant.class)).isEqualTo(json("{\"type\":\"string\",\"format\":\"date-time\"}"));
        assertThat(JsonSchemas.of(OffsetDateTime.class))
                .isEqualTo(json("{\"type\":\"string\",\"format\":\"date-time\"}"));
        assertThat(JsonSchemas.of(LocalDate.class)).isEqualTo(json("{\"type\":\"string\",\"format\":\"date\"}"));
        assertThat(JsonSchemas.of(UUID.class)).isEqualTo(json("{\"type\":\"string\",\"format\":\"uuid\"}"));
        assertThat(JsonSchemas.of(URI.class)).isEqualTo(json("{\"type\":\"string\",\"format\":\"uri\"}"));
    }

    @Test
    void listsCollectionsAndArrays_areArrays() throws Exception {
        assertThat(JsonSchemas.of(field("strings")))
                .isEqualTo(json("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}"));
        assertThat(JsonSchemas.of(field("colors")))
                .isEqualTo(json("{\"type\":\"array\",\"items\":{\"type\":\"string\",\"enum\":[\"RED\",\"GREEN\"]}}"));
        assertThat(JsonSchemas.of(field("arrayList"))).isEqualTo(JsonSchemas.of(field("strings")));
        assertThat(JsonSchemas.of(long[].class))
                .isEqualTo(json("{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}"));
        assertThat(JsonSchemas.of(String[].class)).isEqualTo(JsonSchemas.of(field("strings")));
    }

    @Test
    void set_hasUniqueItems() throws Exception {
        ObjectNode schema = JsonSchemas.of(field("integers"));

        assertThat(schema.get("type").stringValue()).isEqualTo("array");
        assertThat(schema.get("uniqueItems").booleanValue()).isTrue();
        assertThat(schema.get("items").get("type").stringValue()).isEqualTo("integer");
    }

    @Test
    void byteArray_isBase64String() {
        assertThat(JsonSchemas.of(byte[].class))
                .isEqualTo(json("{\"type\":\"string\",\"contentEncoding\":\"base64\"}"));
    }

    @Test
    void stringKeyedMap_isObjectWithAdditionalProperties() throws Exception {
        assertThat(JsonSchemas.of(field("prices")))
                .isEqualTo(json("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"number\"}}"));
    }

    @Test
    void optional_isTheSchemaOfItsValue() throws Exception {
        assertThat(JsonSchemas.of(field("maybeId"))).isEqualTo(JsonSchemas.of(UUID.class));
    }

    @Test
    void wildcard_usesItsUpperBound() throws Exception {
        assertThat(JsonSchemas.of(field("points")).get("items")).isEqualTo(JsonSchemas.of(Point.class));
    }

    @Test
    void jsonNodes_areAnyOrObject() {
        assertThat(JsonSchemas.of(JsonNode.class)).isEqualTo(json("{}"));
        assertThat(JsonSchemas.of(ObjectNode.class)).isEqualTo(json("{\"type\":\"object\"}"));
    }

    @Test
    void record_isClosedObjectWithComponentsInOrder() {
        ObjectNode schema = JsonSchemas.of(Person.class);

        assertThat(schema.get("type").stringValue()).isEqualTo("object");
        assertThat(schema.get("additionalProperties").booleanValue()).isFalse();
        assertThat(schema.get("properties").propertyNames()).containsExactly("name", "age", "nickname", "e_mail");
        assertThat(schema.get("properties").get("name"))
                .isEqualTo(json("{\"type\":\"string\",\"description\":\"Full name\"}"));
        assertThat(schema.get("properties").get("age").get("type").stringValue()).isEqualTo("integer");
        assertThat(schema.get("required")).isEqualTo(json("[\"name\",\"e_mail\"]"));
    }

    @Test
    void nestedRecords_areInlined() {
        ObjectNode schema = JsonSchemas.of(Line.class);

        assertThat(schema.has("$defs")).isFalse();
        assertThat(schema.get("properties").get("from")).isEqualTo(JsonSchemas.of(Point.class));
        assertThat(schema.get("properties").get("to").get("required")).isEqualTo(json("[\"x\",\"y\"]"));
    }

    @Test
    void recursiveRecord_isDefinedOnceAndReferenced() {
        ObjectNode schema = JsonSchemas.of(TreeNode.class);

        assertThat(schema.get("type").stringValue()).isEqualTo("object");
        assertThat(schema.get("properties").get("children").get("items"))
                .isEqualTo(json("{\"$ref\":\"#/$defs/TreeNode\"}"));
        JsonNode definition = schema.get("$defs").get("TreeNode");
        assertThat(definition.get("properties").get("label").get("type").stringValue()).isEqualTo("string");
        assertThat(definition.get("properties").get("children").get("items").get("$ref").stringValue())
                .isEqualTo("#/$defs/TreeNode");
    }

    @Test
    void recursiveRecordUsedTwice_referencesOneDefinition() {
        ObjectNode schema = JsonSchemas.of(Forest.class);

        assertThat(schema.get("properties").get("trees").get("items").get("$ref").stringValue())
                .isEqualTo("#/$defs/TreeNode");
        assertThat(schema.get("properties").get("biggest").get("$ref").stringValue()).isEqualTo("#/$defs/TreeNode");
        assertThat(schema.get("$defs").propertyNames()).containsExactly("TreeNode");
    }

    @Test
    void mutuallyRecursiveRecords_terminate() {
        ObjectNode schema = JsonSchemas.of(Husband.class);

        assertThat(schema.get("properties").get("wife").get("properties").get("husband").get("$ref").stringValue())
                .isEqualTo("#/$defs/Husband");
        assertThat(schema.get("$defs").get("Husband").get("properties").propertyNames())
                .containsExactly("name", "wife");
    }

    @Test
    void wrapAsResult_putsNonObjectSchemaUnderResult() throws Exception {
        ObjectNode wrapped = JsonSchemas.wrapAsResult(JsonSchemas.of(field("strings")));

        assertThat(wrapped).isEqualTo(json("""
                {"type":"object","properties":{"result":{"type":"array","items":{"type":"string"}}},
                 "required":["result"]}"""));
        assertThat(JsonSchemas.isObject(wrapped)).isTrue();
        assertThat(JsonSchemas.isObject(JsonSchemas.of(field("strings")))).isFalse();
    }

    @Test
    void wrapAsResult_movesDefinitionsToTheRoot() {
        ObjectNode wrapped = JsonSchemas.wrapAsResult(JsonSchemas.of(TreeNode[].class));

        assertThat(wrapped.get("$defs").has("TreeNode")).isTrue();
        assertThat(wrapped.get("properties").get("result").has("$defs")).isFalse();
    }

    @Test
    void plainClass_isUnsupported() {
        assertThatThrownBy(() -> JsonSchemas.of(Pojo.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported type " + Pojo.class.getName());
    }

    @Test
    void objectElements_areUnsupported() throws Exception {
        Type objects = field("objects");
        assertThatThrownBy(() -> JsonSchemas.of(objects))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");
    }

    @Test
    void nonStringMapKeys_areUnsupported() throws Exception {
        Type byNumber = field("byNumber");
        assertThatThrownBy(() -> JsonSchemas.of(byNumber))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("map keys must be String");
    }

    @Test
    void rawCollection_isUnsupported() {
        assertThatThrownBy(() -> JsonSchemas.of(List.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("declare its type arguments");
    }

    record Wrapper(Pojo pojo) {
    }

    @Test
    void unsupportedComponent_isNamedInTheError() {
        assertThatThrownBy(() -> JsonSchemas.of(Wrapper.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("component 'pojo' of " + Wrapper.class.getName());
    }
}
