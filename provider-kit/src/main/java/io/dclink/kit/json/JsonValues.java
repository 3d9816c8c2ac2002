package io.dclink.kit.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Map;

/**
 * The compact form answers are read into, with jackson-core's streaming parser: an object is
 * {@link Members}, an array an {@code ArrayList} (a class, so that telling it from text is a cheap
 * check, not a search of {@code String}'s interfaces), text a {@code String}, a number the kind Jackson's trees
 * give (int, long or big integer; double, or big decimal when the parser says so), a boolean a
 * {@code Boolean}, and JSON's null {@link #NULL}. It holds the values and order of Jackson's tree of
 * the same bytes (the last of a repeated name wins) without a map entry and a node object for every
 * member, which were half the CPU of reading a listing's page.
 */
final class JsonValues {

    /** JSON's {@code null}. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .enable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonValues() {
    }

    /** One JSON value and nothing after it; {@code null} for an input with no value at all. */
    static Object read(byte[] body) throws IOException {
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            Object value = value(parser, first, 0);
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw MismatchedInputException.from(parser, JsonNode.class,
                        "Trailing token (of type " + after + ") found after value");
            }
            return value;
        }
    }

    /**
     * The value that starts at {@code token}. An object is made with room for {@code members}, the
     * size of the object before it in the same array, because a page's records are alike.
     */
    private static Object value(JsonParser parser, JsonToken token, int members) throws IOException {
        switch (token) {
            case START_OBJECT:
                Members object = new Members(members == 0 ? 8 : members);
                for (JsonToken next = parser.nextToken(); next == JsonToken.FIELD_NAME; next = parser.nextToken()) {
                    String name = parser.currentName();
                    object.put(name, value(parser, parser.nextToken(), 0));
                }
                return object;
            case START_ARRAY:
                ArrayList<Object> array = new ArrayList<>();
                int previous = 0;
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    Object element = value(parser, next, previous);
                    previous = element instanceof Members record ? record.size() : 0;
                    array.add(element);
                }
                return array;
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return parser.getIntValue();
                    case LONG:
                        return parser.getLongValue();
                    default:
                        return parser.getBigIntegerValue();
                }
            case VALUE_NUMBER_FLOAT:
                switch (parser.getNumberType()) {
                    case BIG_DECIMAL:
                        return parser.getDecimalValue();
                    case FLOAT:
                        return parser.getFloatValue();
                    default:
                        return parser.getDoubleValue();
                }
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return NULL;
            default:
                throw MismatchedInputException.from(parser, JsonNode.class, "Unexpected token " + token);
        }
    }

    /** Jackson's tree of a value in the compact form. */
    static JsonNode toTree(Object value) {
        if (value instanceof Members object) {
            ObjectNode tree = NODES.objectNode();
            for (int i = 0; i < object.size(); i++) {
                tree.set(object.name(i), toTree(object.value(i)));
            }
            return tree;
        }
        if (value instanceof ArrayList<?> list) {
            ArrayNode tree = NODES.arrayNode(list.size());
            list.forEach(element -> tree.add(toTree(element)));
            return tree;
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Number number) {
            return number instanceof Integer ? NODES.numberNode(number.intValue())
                    : number instanceof Long ? NODES.numberNode(number.longValue())
                    : number instanceof BigInteger big ? NODES.numberNode(big)
                    : number instanceof Float ? NODES.numberNode(number.floatValue())
                    : number instanceof BigDecimal decimal ? NODES.numberNode(decimal)
                    : NODES.numberNode(number.doubleValue());
        }
        return NODES.nullNode();
    }

    /** The compact form of a Jackson tree (a missing node is {@code null}). */
    static Object fromTree(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT:
                Members object = new Members(node.size());
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    object.put(member.getKey().intern(), fromTree(member.getValue()));
                }
                return object;
            case ARRAY:
                ArrayList<Object> array = new ArrayList<>(node.size());
                node.forEach(element -> array.add(fromTree(element)));
                return array;
            case STRING:
                return node.textValue();
            case BOOLEAN:
                return node.booleanValue();
            case NUMBER:
                return node.isShort() ? (Object) node.intValue() : node.numberValue();
            case NULL:
                return NULL;
            case MISSING:
                return null;
            default:
                return node.asText();
        }
    }
}
