package io.dclink.testkit.jdcloud;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What every part of the emulated API shares: the JSON mapper, JD's time format, and ids in JD's
 * shape (a prefix and 10 lower-case letters and digits, drawn from a seeded generator so that a
 * run is repeatable).
 */
final class JdJson {

    static final ObjectMapper JSON = new ObjectMapper();
    /** ISO 8601 UTC without fractions, as {@code Charge} documents it: {@code YYYY-MM-DDTHH:mm:ssZ}. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final Random random = new Random(0x6a64636c6f7564L);
    private final Set<String> issued = new HashSet<>();

    /** UNVERIFIED: JD's id prefixes and lengths; these follow the reference's samples (e.g. {@code bgw-2p9o8i7u6y}). */
    synchronized String newId(String prefix) {
        while (true) {
            String id = prefix + randomText(random, 10);
            if (issued.add(id)) {
                return id;
            }
        }
    }

    /** A 12-digit order number. UNVERIFIED format. */
    synchronized String newOrderId() {
        return Long.toString(100_000_000_000L + (random.nextLong() & Long.MAX_VALUE) % 900_000_000_000L);
    }

    /** A request id: 32 lower-case letters and digits, as the gateway's. */
    static String requestId() {
        return randomText(ThreadLocalRandom.current(), 32);
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode array = JSON.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    /** Removes a value from a JSON array of strings. */
    static void removeString(ArrayNode array, String value) {
        for (int i = array.size() - 1; i >= 0; i--) {
            if (array.get(i).asText().equals(value)) {
                array.remove(i);
            }
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
