package io.dclink.kit.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Jackson trees read and written with jackson-core's streaming parser and generator alone: the
 * trees and bytes {@code ObjectMapper} gives (last of a repeated name wins, integers as the smallest
 * of int, long and big integer, other numbers as doubles), without its serializer and deserializer
 * machinery, about 250 classes a client's first call would otherwise load.
 */
final class JsonTrees {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    /** One JSON value and nothing after it; {@code null} for an input with no value at all. */
    static JsonNode read(byte[] body) throws IOException {
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            JsonNode value = value(parser, first, 0);
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw MismatchedInputException.from(parser, JsonNode.class,
                        "Trailing token (of type " + after + ") found after value");
            }
            return value;
        }
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

    /**
     * The value that starts at {@code token}. An object is made with room for {@code members}, the
     * size of the object before it in the same array, because a page's records are alike: its map
     * then never grows.
     */
    private static JsonNode value(JsonParser parser, JsonToken token, int members) throws IOException {
        switch (token) {
            case START_OBJECT:
                ObjectNode object = new ObjectNode(NODES, members == 0 ? new LinkedHashMap<>() : new LinkedHashMap<>(members * 4 / 3 + 1));
                for (JsonToken next = parser.nextToken(); next == JsonToken.FIELD_NAME; next = parser.nextToken()) {
                    String name = parser.currentName();
                    object.replace(name, value(parser, parser.nextToken(), 0));
                }
                return object;
            case START_ARRAY:
                ArrayNode array = NODES.arrayNode();
                int previous = 0;
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    JsonNode element = value(parser, next, previous);
                    previous = element.isObject() ? element.size() : 0;
                    array.add(element);
                }
                return array;
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return NODES.numberNode(parser.getIntValue());
                    case LONG:
                        return NODES.numberNode(parser.getLongValue());
                    default:
                        return NODES.numberNode(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                switch (parser.getNumberType()) {
                    case BIG_DECIMAL:
                        return NODES.numberNode(parser.getDecimalValue());
                    case FLOAT:
                        return NODES.numberNode(parser.getFloatValue());
                    default:
                        return NODES.numberNode(parser.getDoubleValue());
                }
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw MismatchedInputException.from(parser, JsonNode.class, "Unexpected token " + token);
        }
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
