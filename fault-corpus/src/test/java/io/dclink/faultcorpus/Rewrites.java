package io.dclink.faultcorpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.testkit.emulator.BodyRewrite;
import io.dclink.testkit.emulator.EmulatorResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Answers that lie, as {@link BodyRewrite}s over the emulator's JSON: fields of the wrong type,
 * paging fields that lie, undocumented states. Provider-neutral: each looks for fields by name
 * wherever they are, and leaves an answer it has nothing to change in alone. Each counts the
 * answers it changed, so that the report can tell a lie told from a lie that found nothing to lie
 * about.
 */
final class Rewrites {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The paging fields the corpus knows how to lie about. */
    static final Set<String> PAGING_FIELDS = Set.of("TotalCount", "PageSize", "PageNumber", "NextToken");
    /** What a {@link Recorder} notes for an answer holding a non-empty array of objects (a page). */
    static final String ARRAY_OF_OBJECTS = "[objects]";
    /** What a {@link Recorder} notes for an answer holding a text field named ...State or ...Status. */
    static final String STATE_FIELD = "...State";

    private Rewrites() {
    }

    /** A rewrite that counts the answers it changed. */
    abstract static class Counting implements BodyRewrite {

        private final AtomicInteger changed = new AtomicInteger();
        private final AtomicInteger seen = new AtomicInteger();

        @Override
        public final EmulatorResponse rewrite(io.dclink.testkit.emulator.EmulatorRequest request, EmulatorResponse answer) {
            int call = seen.getAndIncrement();
            JsonNode body;
            try {
                body = answer.body().length == 0 ? null : JSON.readTree(answer.body());
            } catch (IOException notJson) {
                return answer;
            }
            if (body == null || !body.isContainerNode()) {
                return answer;
            }
            if (!change(body, call)) {
                return answer;
            }
            changed.incrementAndGet();
            return new EmulatorResponse(answer.status(), answer.headers(), body.toString().getBytes(StandardCharsets.UTF_8));
        }

        /** Changes the body in place; whether anything changed. */
        abstract boolean change(JsonNode body, int call);

        int changed() {
            return changed.get();
        }
    }

    /** The values a field of the wrong type takes, in turn from the one a case prefers. */
    static final List<String> WRONG_TYPES = List.of("\"x\"", "42", "[]", "{}");

    /**
     * Replaces one field or element, chosen at random below the top level, with a value of another
     * JSON type than its own (the preferred value, or the next of {@link #WRONG_TYPES} whose type
     * differs): an array becomes {@code "x"}, a text {@code 42}, and so on. Never {@code null} and
     * never a value of the same type, which an API may answer for an absent or empty field.
     */
    static Counting wrongTypeField(long salt, String preferred) {
        return new Counting() {
            @Override
            boolean change(JsonNode body, int call) {
                List<Slot> slots = new ArrayList<>();
                slots(body, slots);
                if (slots.isEmpty()) {
                    return false;
                }
                Slot slot = slots.get(new SplittableRandom(salt + call).nextInt(slots.size()));
                int start = Math.max(0, WRONG_TYPES.indexOf(preferred));
                for (int i = 0; i < WRONG_TYPES.size(); i++) {
                    JsonNode value = wrongValue(WRONG_TYPES.get((start + i) % WRONG_TYPES.size()));
                    if (value.getNodeType() != slot.current().getNodeType()) {
                        slot.set(value);
                        return true;
                    }
                }
                return false;
            }
        };
    }

    /** A value of the wrong type: {@code null}, {@code []}, {@code "x"}, {@code 42}, {@code {}} or {@code true}. */
    static JsonNode wrongValue(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + value, e);
        }
    }

    /** Every {@code TotalCount} a thousand more than it is. */
    static Counting totalTooLarge() {
        return fields("TotalCount", node -> node.isNumber(), (parent, field) -> parent.put(field,
                parent.get(field).asLong() + 1_000));
    }

    /** Every {@code PageSize} the given value (0 or negative). */
    static Counting pageSize(int value) {
        return fields("PageSize", node -> true, (parent, field) -> parent.put(field, value));
    }

    /** Every {@code NextToken} the same token, so that the next page is the first again. */
    static Counting tokenRepeated() {
        return fields("NextToken", node -> true, (parent, field) -> parent.put(field, "0"));
    }

    /** {@code NextToken}s that take turns between two tokens. */
    static Counting tokenCycling() {
        AtomicInteger turn = new AtomicInteger();
        return fields("NextToken", node -> true, (parent, field) -> parent.put(field, turn.getAndIncrement() % 2 == 0 ? "1" : "0"));
    }

    /** A new {@code NextToken} every page, each leading to the first page again. */
    static Counting tokenFresh() {
        AtomicInteger turn = new AtomicInteger();
        return fields("NextToken", node -> true, (parent, field) -> parent.put(field, "0".repeat(turn.incrementAndGet())));
    }

    /** Every non-empty array of objects repeats its first element at its end. */
    static Counting duplicateItems() {
        return arrays(array -> array.add(array.get(0).deepCopy()));
    }

    /** Every non-empty array of objects emptied, counts left as they were. */
    static Counting emptyPages() {
        return arrays(ArrayNode::removeAll);
    }

    /** Every text field whose name ends in {@code State} or {@code Status} says the given raw value. */
    static Counting undocumentedState(String raw) {
        return new Counting() {
            @Override
            boolean change(JsonNode body, int call) {
                List<ObjectNode> parents = new ArrayList<>();
                List<String> names = new ArrayList<>();
                walk(body, (parent, field) -> {
                    JsonNode value = parent.get(field);
                    if (value.isTextual() && (field.endsWith("State") || field.endsWith("Status"))) {
                        parents.add(parent);
                        names.add(field);
                    }
                });
                for (int i = 0; i < parents.size(); i++) {
                    parents.get(i).put(names.get(i), raw);
                }
                return !parents.isEmpty();
            }
        };
    }

    /** Leaves the answers of one operation alone and notes the paging fields and arrays of objects they hold. */
    static final class Recorder implements BodyRewrite {

        private final Set<String> seen;

        Recorder(Set<String> into) {
            this.seen = into;
        }

        @Override
        public EmulatorResponse rewrite(io.dclink.testkit.emulator.EmulatorRequest request, EmulatorResponse answer) {
            try {
                JsonNode body = answer.body().length == 0 ? null : JSON.readTree(answer.body());
                if (body != null && body.isContainerNode()) {
                    walk(body, (parent, field) -> {
                        synchronized (seen) {
                            if (PAGING_FIELDS.contains(field)) {
                                seen.add(field);
                            }
                            JsonNode value = parent.get(field);
                            if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
                                seen.add(ARRAY_OF_OBJECTS);
                            }
                            if (value.isTextual() && (field.endsWith("State") || field.endsWith("Status"))) {
                                seen.add(STATE_FIELD);
                            }
                        }
                    });
                }
            } catch (IOException notJson) {
                // nothing to note
            }
            return answer;
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /** A place in a JSON tree that can be set. */
    private interface Slot {
        JsonNode current();

        void set(JsonNode value);
    }

    private static void slots(JsonNode node, List<Slot> into) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                into.add(new Slot() {
                    @Override
                    public JsonNode current() {
                        return object.get(name);
                    }

                    @Override
                    public void set(JsonNode value) {
                        object.set(name, value);
                    }
                });
                slots(object.get(name), into);
            }
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                into.add(new Slot() {
                    @Override
                    public JsonNode current() {
                        return array.get(index);
                    }

                    @Override
                    public void set(JsonNode value) {
                        array.set(index, value);
                    }
                });
                slots(array.get(i), into);
            }
        }
    }

    /** Calls back with every (object, field name) pair in the tree. */
    private static void walk(JsonNode node, java.util.function.BiConsumer<ObjectNode, String> visit) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
                names.add(it.next());
            }
            for (String name : names) {
                visit.accept(object, name);
                JsonNode child = object.get(name);
                if (child != null) {
                    walk(child, visit);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                walk(child, visit);
            }
        }
    }

    private static Counting fields(String name, java.util.function.Predicate<JsonNode> applies,
            java.util.function.BiConsumer<ObjectNode, String> set) {
        return new Counting() {
            @Override
            boolean change(JsonNode body, int call) {
                List<ObjectNode> parents = new ArrayList<>();
                walk(body, (parent, field) -> {
                    if (field.equals(name) && applies.test(parent.get(field))) {
                        parents.add(parent);
                    }
                });
                parents.forEach(parent -> set.accept(parent, name));
                return !parents.isEmpty();
            }
        };
    }

    private static Counting arrays(Consumer<ArrayNode> change) {
        return new Counting() {
            @Override
            boolean change(JsonNode body, int call) {
                List<ArrayNode> arrays = new ArrayList<>();
                walk(body, (parent, field) -> {
                    JsonNode value = parent.get(field);
                    if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
                        arrays.add((ArrayNode) value);
                    }
                });
                arrays.forEach(change);
                return !arrays.isEmpty();
            }
        };
    }

}
