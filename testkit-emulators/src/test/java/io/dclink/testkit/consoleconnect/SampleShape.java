package io.dclink.testkit.consoleconnect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Compares an answer with a sample's shape: every field the sample shows (its {@code _} notes
 * aside) is in the answer, at every level, with the same JSON type wherever both values are
 * non-null; arrays compare their first elements when both have one.
 */
final class SampleShape {

    private SampleShape() {
    }

    /**
     * The differences, one line each.
     *
     * @param actual the emulator's answer
     * @param sample the sample
     * @return what the answer lacks or types differently; empty when it has the sample's shape
     */
    static List<String> differences(JsonNode actual, JsonNode sample) {
        List<String> problems = new ArrayList<>();
        compare("$", actual, sample, problems);
        return problems;
    }

    private static void compare(String path, JsonNode actual, JsonNode sample, List<String> problems) {
        if (actual.isNull() || sample.isNull()) {
            return;
        }
        if (actual.getNodeType() != sample.getNodeType()) {
            problems.add(path + ": " + actual.getNodeType() + " where the sample has " + sample.getNodeType());
            return;
        }
        if (sample.isObject()) {
            for (Iterator<String> names = sample.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (name.startsWith("_")) {
                    continue;
                }
                if (!actual.has(name)) {
                    problems.add(path + "." + name + ": missing");
                } else {
                    compare(path + "." + name, actual.get(name), sample.get(name), problems);
                }
            }
        } else if (sample.isArray() && !sample.isEmpty() && !actual.isEmpty()) {
            compare(path + "[0]", actual.get(0), sample.get(0), problems);
        }
    }
}
