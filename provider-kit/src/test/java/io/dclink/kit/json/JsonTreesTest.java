package io.dclink.kit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The compact form the kit reads ({@link JsonValues}) and the trees it writes ({@link JsonTrees})
 * against Jackson's {@code ObjectMapper} as the oracle: the same trees from the same bytes, the same
 * bytes from the same trees, the same refusals.
 */
class JsonTreesTest {

    private static final long SEED = 20261130L;
    private static final ObjectMapper ORACLE = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @Test
    void readsTheTreesObjectMapperReadsAndWritesTheBytesItWrites() throws IOException {
        Random random = new Random(SEED);
        for (int i = 0; i < 2_000; i++) {
            String text = value(random, 0);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

            JsonNode expected = ORACLE.readTree(bytes);
            JsonNode read = read(bytes);

            assertThat(read).as(text).isEqualTo(expected);
            assertThat(new String(JsonTrees.write(read), StandardCharsets.UTF_8)).as(text)
                    .isEqualTo(new String(ORACLE.writeValueAsBytes(expected), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aRepeatedNameKeepsTheLastValueAndNumbersKeepTheirKinds() throws IOException {
        JsonNode read = read("{\"a\":1,\"a\":2,\"int\":7,\"long\":9000000000,\"big\":123456789012345678901234567890,\"d\":1.5e3}"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(read.get("a").intValue()).isEqualTo(2);
        assertThat(read.get("int").isInt()).isTrue();
        assertThat(read.get("long").isLong()).isTrue();
        assertThat(read.get("big").isBigInteger()).isTrue();
        assertThat(read.get("d").isDouble()).isTrue();
    }

    @Test
    void refusesWhatObjectMapperRefusesAndReadsNothingFromAnEmptyInput() throws IOException {
        for (String bad : new String[] {"{\"a\":1} {", "[1,2", "{\"a\" 1}", "tru", "{\"a\":1}x", "01", "[1,]"}) {
            byte[] bytes = bad.getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> ORACLE.readTree(bytes)).as("the oracle refuses " + bad).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> read(bytes)).as(bad).isInstanceOf(IOException.class);
        }
        assertThatThrownBy(() -> read("{} []".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MismatchedInputException.class);
        assertThat(read(new byte[0])).isNull();
        assertThat(read("  \n".getBytes(StandardCharsets.UTF_8))).isNull();
    }

    /** The tree of what {@link JsonValues} reads; {@code null} for no value. */
    private static JsonNode read(byte[] bytes) throws IOException {
        Object value = JsonValues.read(bytes);
        return value == null ? null : JsonValues.toTree(value);
    }

    /** A random JSON text: every kind of value, escapes and non-ASCII text, repeated names, nesting. */
    static String value(Random random, int depth) {
        int kind = random.nextInt(depth > 4 ? 6 : 8);
        switch (kind) {
            case 0:
                return "null";
            case 1:
                return random.nextBoolean() ? "true" : "false";
            case 2:
                return Integer.toString(random.nextInt());
            case 3:
                return random.nextBoolean() ? Long.toString(random.nextLong()) : "-123456789012345678901234567890";
            case 4:
                return random.nextBoolean() ? Double.toString(random.nextGaussian() * 1e6) : "1.25E-7";
            case 5:
                return string(random);
            case 6:
                StringBuilder object = new StringBuilder("{");
                for (int i = random.nextInt(5); i > 0; i--) {
                    object.append(string(random)).append(random.nextBoolean() ? ":" : " : ").append(value(random, depth + 1))
                            .append(i > 1 ? "," : "");
                }
                return object.append('}').toString();
            default:
                StringBuilder array = new StringBuilder("[");
                for (int i = random.nextInt(5); i > 0; i--) {
                    array.append(value(random, depth + 1)).append(i > 1 ? ", " : "");
                }
                return array.append(']').toString();
        }
    }

    private static String string(Random random) {
        String[] pieces = {"a", "Name", "状态", "\\\"", "\\\\", "\\n", "\\u00e9", "\\ud83d\\ude00", "😀", " ", "/", "k"};
        StringBuilder text = new StringBuilder("\"");
        for (int i = random.nextInt(4); i > 0; i--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.append('"').toString();
    }
}
