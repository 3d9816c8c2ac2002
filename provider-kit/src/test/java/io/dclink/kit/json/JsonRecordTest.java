package io.dclink.kit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dclink.error.ErrorContext;
import io.dclink.error.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonRecordTest {

    private static JsonRecord record(String json) {
        return Json.parse(json.getBytes(StandardCharsets.UTF_8), "the answer", ErrorContext.of("p"));
    }

    @Test
    void absentNullAndEmptyReadAsAbsent() {
        JsonRecord record = record("{\"a\":null,\"b\":\"\"}");

        assertThat(record.text("a")).isNull();
        assertThat(record.text("b")).isNull();
        assertThat(record.text("c")).isNull();
        assertThat(record.integer("a")).isNull();
        assertThat(record.integer("b")).isNull();
        assertThat(record.records("c")).isEmpty();
        assertThat(record.texts("a")).isEmpty();
        assertThat(record.record("c").text("x")).isNull();
    }

    @Test
    void numbersMayComeAsTextAndScalarsReadAsText() {
        JsonRecord record = record("{\"n\":\"42\",\"m\":7,\"big\":4294967295,\"flag\":\"true\",\"lat\":\"29.5\",\"t\":12}");

        assertThat(record.integer("n")).isEqualTo(42);
        assertThat(record.integer("m")).isEqualTo(7);
        assertThat(record.longValue("big")).isEqualTo(4_294_967_295L);
        assertThat(record.bool("flag")).isTrue();
        assertThat(record.decimal("lat")).isEqualTo(29.5);
        assertThat(record.text("t")).isEqualTo("12");
    }

    @Test
    void aFieldOfTheWrongShapeIsAProtocolErrorNamingItsPath() {
        JsonRecord record = record("{\"Set\":[{\"Id\":\"a\",\"Bandwidth\":\"fast\",\"Tags\":{\"k\":\"v\"},"
                + "\"Name\":{\"x\":1},\"Big\":4294967295,\"Half\":1.5}],\"Scalar\":[1,2],\"Obj\":\"no\"}");
        JsonRecord first = record.records("Set").get(0);

        assertThatThrownBy(() -> first.integer("Bandwidth")).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("Set[0].Bandwidth");
        assertThatThrownBy(() -> first.integer("Big")).hasMessageContaining("Set[0].Big").hasMessageContaining("range");
        assertThatThrownBy(() -> first.integer("Half")).hasMessageContaining("Set[0].Half");
        assertThatThrownBy(() -> first.tags("Tags")).hasMessageContaining("Set[0].Tags should be an array but is an object");
        assertThatThrownBy(() -> first.text("Name")).hasMessageContaining("Set[0].Name should be text but is an object");
        assertThatThrownBy(() -> record.records("Scalar")).hasMessageContaining("Scalar[0] is not an object");
        assertThatThrownBy(() -> record.record("Obj")).hasMessageContaining("Obj should be an object but is text");
        assertThatThrownBy(() -> record.requiredText("Missing")).hasMessageContaining("Missing is missing");
        assertThatThrownBy(() -> record.records("Obj")).isInstanceOf(ProtocolException.class);
    }

    @Test
    void timesAreReadOrRefused() {
        JsonRecord record = record("{\"t\":\"2020-09-22T00:00:00+00:00\",\"bad\":\"yesterday\"}");

        assertThat(record.time("t", ZoneOffset.UTC)).isEqualTo(Instant.parse("2020-09-22T00:00:00Z"));
        assertThatThrownBy(() -> record.time("bad", ZoneOffset.UTC)).hasMessageContaining("bad is not a time");
    }

    @Test
    void tagsAndUnmappedFields() {
        JsonRecord record = record("{\"Id\":\"a\",\"Tags\":[{\"Key\":\"k\",\"Value\":\"v\"},{\"Key\":\"e\"}],\"Extra\":3,"
                + "\"Nested\":{}}");

        assertThat(record.tags("Tags")).containsExactly(java.util.Map.entry("k", "v"), java.util.Map.entry("e", ""));
        assertThat(record.unmapped(java.util.Set.of("Id", "Tags"))).containsExactly(java.util.Map.entry("Extra", "3"));
    }

    @Test
    void unmappedFieldsAreTheScalarsInRecordOrderAsText() {
        JsonRecord record = record("{\"Z\":\"last\",\"Id\":\"a\",\"On\":true,\"Gone\":null,\"List\":[1],\"Big\":12345678901,"
                + "\"Rate\":1.5,\"Nested\":{\"A\":1},\"Empty\":\"\"}");

        assertThat(record.unmapped(java.util.Set.of("Id"))).containsExactly(java.util.Map.entry("Z", "last"),
                java.util.Map.entry("On", "true"), java.util.Map.entry("Big", "12345678901"), java.util.Map.entry("Rate", "1.5"),
                java.util.Map.entry("Empty", ""));
    }

    @Test
    void readsEveryFieldAsObjectMappersTreeHasIt() throws Exception {
        ObjectMapper oracle = new ObjectMapper();
        Random random = new Random(20261130L);
        for (int i = 0; i < 2_000; i++) {
            String text = JsonTreesTest.value(random, 0);
            if (!text.startsWith("{")) {
                continue;
            }
            JsonNode expected = oracle.readTree(text);
            JsonRecord record = record(text);
            List<String> names = new ArrayList<>();
            Map<String, String> scalars = new LinkedHashMap<>();
            expected.properties().forEach(member -> {
                names.add(member.getKey());
                JsonNode value = member.getValue();
                if (value.isValueNode() && !value.isNull()) {
                    scalars.put(member.getKey(), value.asText());
                }
            });

            assertThat(record.fieldNames()).as(text).isEqualTo(names);
            assertThat(record.unmapped(Set.of())).as(text).containsExactlyEntriesOf(scalars);
            assertThat(record.node()).as(text).isEqualTo(expected);
            for (String name : names) {
                String asked = new String(name.toCharArray());
                String scalar = scalars.get(name);
                assertThat(record.has(asked)).as(text + " has " + name).isEqualTo(!expected.get(name).isNull());
                assertThat(record.isText(asked)).as(text + " " + name).isEqualTo(expected.get(name).isTextual());
                if (scalar != null) {
                    assertThat(record.text(asked)).as(text + " " + name).isEqualTo(scalar.isEmpty() ? null : scalar);
                }
                readsAsTheOracleSays(record, asked, expected.get(name), text);
            }
        }
    }

    /** The typed accessors on one member, against what Jackson's tree holds there. */
    private static void readsAsTheOracleSays(JsonRecord record, String name, JsonNode value, String text) {
        String what = text + " " + name;
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            assertThat(record.longValue(name)).as(what).isEqualTo(value.longValue());
            if (value.canConvertToInt()) {
                assertThat(record.integer(name)).as(what).isEqualTo(value.intValue());
            }
        }
        if (value.isNumber()) {
            assertThat(record.decimal(name)).as(what).isEqualTo(value.doubleValue());
        }
        if (value.isBoolean()) {
            assertThat(record.bool(name)).as(what).isEqualTo(value.booleanValue());
        }
        if (value.isObject()) {
            List<String> names = new ArrayList<>();
            value.fieldNames().forEachRemaining(names::add);
            assertThat(record.record(name).fieldNames()).as(what).isEqualTo(names);
        }
        if (value.isArray()) {
            List<String> scalars = new ArrayList<>();
            boolean allObjects = true;
            boolean allScalars = true;
            for (JsonNode element : value) {
                allObjects &= element.isObject();
                allScalars &= element.isValueNode() && !element.isNull();
                scalars.add(element.asText());
            }
            if (allObjects) {
                assertThat(record.records(name)).as(what).hasSize(value.size());
            } else {
                assertThatThrownBy(() -> record.records(name)).as(what).isInstanceOf(ProtocolException.class);
            }
            if (allScalars) {
                assertThat(record.texts(name)).as(what).isEqualTo(scalars);
            } else {
                assertThatThrownBy(() -> record.texts(name)).as(what).isInstanceOf(ProtocolException.class);
            }
        } else if (!value.isNull()) {
            assertThatThrownBy(() -> record.records(name)).as(what).isInstanceOf(ProtocolException.class);
        }
    }

    @Test
    void aRepeatedNameKeepsItsFirstPlaceAndItsLastValue() {
        JsonRecord record = record("{\"a\":1,\"b\":2,\"a\":{\"c\":3}}");

        assertThat(record.fieldNames()).containsExactly("a", "b");
        assertThat(record.record("a").integer("c")).isEqualTo(3);
        assertThat(JsonRecord.root(record.node(), "the copy", ErrorContext.of("p")).record("a").integer("c")).isEqualTo(3);
    }

    @Test
    void aLargeObjectWithRepeatedNamesReadsAsObjectMappersTree() throws Exception {
        Random random = new Random(20261201L);
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 300; i++) {
            json.append(i == 0 ? "" : ",").append("\"k").append(random.nextInt(200)).append("\":").append(i);
        }
        String text = json.append('}').toString();
        JsonNode expected = new ObjectMapper().readTree(text);
        JsonRecord record = record(text);

        assertThat(record.node()).isEqualTo(expected);
        assertThat(record.fieldNames()).hasSize(expected.size());
        expected.properties().forEach(member -> assertThat(record.integer(member.getKey())).isEqualTo(member.getValue().intValue()));
    }
}
