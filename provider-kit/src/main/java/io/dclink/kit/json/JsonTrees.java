package io.dclink.kit.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

/**
 * Jackson trees written with jackson-core's streaming generator alone: the bytes {@code ObjectMapper}
 * writes, without its serializer machinery, about 250 classes a client's first call would otherwise
 * load. ({@link JsonValues} reads.)
 */
final class JsonTrees {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonTrees() {
    }

    /** The UTF-8 JSON of a tree. */
    static byte[] write(JsonNode tree) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator generator = FACTORY.createGenerator(bytes)) {
            write(tree, generator);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the JSON tree", e);
        }
        return bytes.toByteArray();
    }

    private static void write(JsonNode node, JsonGenerator generator) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT:
                generator.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    generator.writeFieldName(field.getKey());
                    write(field.getValue(), generator);
                }
                generator.writeEndObject();
                break;
            case ARRAY:
                generator.writeStartArray();
                for (JsonNode element : node) {
                    write(element, generator);
                }
                generator.writeEndArray();
                break;
            case STRING:
                generator.writeString(node.textValue());
                break;
            case NUMBER:
                writeNumber(node, generator);
                break;
            case BOOLEAN:
                generator.writeBoolean(node.booleanValue());
                break;
            case NULL:
                generator.writeNull();
                break;
            default:
                throw new IllegalArgumentException("a request body holds only JSON values, not " + node.getNodeType());
        }
    }

    private static void writeNumber(JsonNode number, JsonGenerator generator) throws IOException {
        switch (number.numberType()) {
            case INT:
                generator.writeNumber(number.intValue());
                break;
            case LONG:
                generator.writeNumber(number.longValue());
                break;
            case BIG_INTEGER:
                generator.writeNumber(number.bigIntegerValue());
                break;
            case FLOAT:
                generator.writeNumber(number.floatValue());
                break;
            case BIG_DECIMAL:
                generator.writeNumber(number.decimalValue());
                break;
            default:
                generator.writeNumber(number.doubleValue());
                break;
        }
    }
}
