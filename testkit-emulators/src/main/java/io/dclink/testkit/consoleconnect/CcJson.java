package io.dclink.testkit.consoleconnect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * What every part of the emulated API shares: the JSON mapper, Console Connect's time stamps
 * (ISO 8601 UTC with milliseconds, as in every sample) and its identifiers, Mongo-style 24-hex
 * ObjectIds drawn from a seeded generator so that a run is repeatable.
 */
final class CcJson {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The pattern the API's validator names for every id (reference §1, sample {@code error-400.json}). */
    static final String OBJECT_ID_PATTERN = "^[a-f0-9]{24}$";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String HEX = "0123456789abcdef";

    private final Random random = new Random(0x636f6e736f6c65L);
    private final Set<String> issued = new HashSet<>();

    /** A fresh ObjectId, never issued before by this emulator. */
    synchronized String newObjectId() {
        while (true) {
            StringBuilder id = new StringBuilder(24);
            for (int i = 0; i < 24; i++) {
                id.append(HEX.charAt(random.nextInt(16)));
            }
            if (issued.add(id.toString())) {
                return id.toString();
            }
        }
    }

    /** A number drawn from the same seeded generator, in {@code [0, bound)}. */
    synchronized int nextInt(int bound) {
        return random.nextInt(bound);
    }

    static boolean isObjectId(String text) {
        return text != null && text.matches("[a-f0-9]{24}");
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }
}
