package io.dclink.kit.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The byte scan that spares a success answer a parse: on seeded random bodies it answers exactly
 * what a regular expression over the text answers, and never "no" where a parser finds the value.
 */
class KeyScanTest {

    private static final long SEED = 20261130L;
    private static final String[] NAMES = {"Response", "Error", "Code", "Message", "RequestId", "ErrorCode", "Codes", "Err"};
    private static final ObjectMapper PARSER = new ObjectMapper();

    @Test
    void answersWhatARegularExpressionAnswersAndNeverMissesAValueTheParserFinds() throws Exception {
        KeyScan scan = KeyScan.of("/Response/Error/Code");
        Random random = new Random(SEED);
        int mayMatch = 0;
        for (int i = 0; i < 3_000; i++) {
            String body = value(random, 0);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

            boolean answer = scan.mayMatch(bytes);

            assertThat(answer).as(body).isEqualTo(byRegularExpression(body, "Response", "Error", "Code"));
            JsonNode at = PARSER.readTree(bytes).at("/Response/Error/Code");
            if (!at.isMissingNode()) {
                assertThat(answer).as("a value is there: " + body).isTrue();
            }
            mayMatch += answer ? 1 : 0;
        }
        assertThat(mayMatch).as("bodies that may hold the code").isBetween(100, 2_900);
    }

    private static boolean byRegularExpression(String body, String... names) {
        if (body.contains("\\u")) {
            return true;
        }
        for (String name : names) {
            if (!Pattern.compile("\"" + name + "\"[ \\t\\n\\r]*:").matcher(body).find()) {
                return false;
            }
        }
        return true;
    }

    private static String value(Random random, int depth) {
        int kind = random.nextInt(depth > 3 ? 3 : 5);
        switch (kind) {
            case 0:
                return Integer.toString(random.nextInt(1000));
            case 1:
            case 2:
                return string(random);
            case 3:
                StringBuilder object = new StringBuilder("{");
                for (int i = random.nextInt(5); i > 0; i--) {
                    object.append(string(random)).append(random.nextBoolean() ? ":" : " \n: ").append(value(random, depth + 1))
                            .append(i > 1 ? "," : "");
                }
                return object.append('}').toString();
            default:
                StringBuilder array = new StringBuilder("[");
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.append(value(random, depth + 1)).append(i > 1 ? "," : "");
                }
                return array.append(']').toString();
        }
    }

    private static String string(Random random) {
        StringBuilder text = new StringBuilder("\"");
        int pieces = random.nextInt(3);
        if (pieces == 0) {
            text.append(NAMES[random.nextInt(NAMES.length)]);
        }
        for (int i = 0; i < pieces; i++) {
            String[] parts = {NAMES[random.nextInt(NAMES.length)], " ", "\\\"", "x", "\\u0041", "状"};
            text.append(parts[random.nextInt(parts.length)]);
        }
        return text.append('"').toString();
    }
}
