package io.dclink.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.dclink.auth.Secret;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.LifecycleResource;
import io.dclink.model.Resource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Results on standard output: in {@code json} mode exactly one JSON document (an object for one
 * resource, an array for a list) with the model's field names; in {@code table} mode aligned
 * columns for lists and one field per line for a single resource. Secrets print as
 * {@code ********}. Messages for people go to standard error.
 */
final class Output {

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule("dclink-cli")
                    .addSerializer(Instant.class, new AsText<>(Instant.class))
                    .addSerializer(Duration.class, new AsText<>(Duration.class))
                    .addSerializer(Secret.class, new StdSerializer<>(Secret.class) {
                        @Override
                        public void serialize(Secret value, JsonGenerator json, SerializerProvider provider)
                                throws IOException {
                            json.writeString("********");
                        }
                    }));

    private final Console console;
    private final DclinkCommand.Format format;

    Output(Console console, DclinkCommand.Format format) {
        this.console = console;
        this.format = format;
    }

    boolean json() {
        return format == DclinkCommand.Format.JSON;
    }

    /**
     * The JSON form of a value. Every resource carries the contract's common fields, also where its
     * record names them differently (an LOA's id is its line's) or lacks them (an access point needs
     * no action).
     */
    static JsonNode tree(Object value) {
        if (value instanceof Collection<?> items) {
            ArrayNode array = JSON.createArrayNode();
            items.forEach(item -> array.add(tree(item)));
            return array;
        }
        JsonNode tree = JSON.valueToTree(value);
        if (value instanceof Resource resource && tree instanceof ObjectNode object) {
            ObjectNode common = JSON.createObjectNode().put("id", resource.id()).put("provider", resource.provider())
                    .put("name", resource.name());
            common.set("state", value instanceof LifecycleResource<?> lifecycle ? JSON.valueToTree(lifecycle.state())
                    : object.path("state"));
            common.set("providerState", JSON.valueToTree(resource.providerState()));
            common.put("requiredAction", value instanceof LifecycleResource<?> lifecycle ? lifecycle.requiredAction().name()
                    : RequiredAction.NONE.name());
            object.properties().forEach(field -> common.set(field.getKey(), field.getValue()));
            return common;
        }
        return tree;
    }

    /** One resource (or any value object). */
    void one(Object value) {
        JsonNode tree = value instanceof JsonNode node ? node : tree(value);
        if (json()) {
            console.out().println(write(tree));
            return;
        }
        int width = 0;
        for (var names = tree.fieldNames(); names.hasNext();) {
            width = Math.max(width, names.next().length());
        }
        int pad = width;
        tree.properties().forEach(field -> console.out().println(String.format("%-" + pad + "s  %s", field.getKey(),
                cell(field.getValue()))));
    }

    /** A list, as a table of the given columns (table mode) or an array of whole objects (json mode). */
    <T> void list(List<T> items, Columns<T> columns) {
        if (json()) {
            console.out().println(write(tree(items)));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(columns.headers());
        items.forEach(item -> rows.add(columns.row(item)));
        console.out().print(Table.render(rows));
        if (items.isEmpty()) {
            console.out().println("(none)");
        }
    }

    /** The outcome of a delete: a sentence, or {@code {"id": …, "deleted": true}}. */
    void deleted(String what, String id) {
        if (json()) {
            raw(JSON.createObjectNode().put("id", id).put("deleted", true));
        } else {
            console.out().println("deleted " + what + " " + id);
        }
    }

    /** A line for people: standard output in table mode, standard error in json mode (stdout holds only JSON). */
    void note(String text) {
        (json() ? console.err() : console.out()).println(text);
    }

    /** A document that is not a resource (a summary, an emulator's answer). */
    void raw(JsonNode document) {
        console.out().println(write(document));
    }

    /**
     * A list of documents that are not resources (an emulator's request log): a table whose columns
     * are their fields, in the order first seen, or the array as it came.
     */
    void documents(JsonNode array) {
        if (json()) {
            raw(array);
            return;
        }
        Set<String> fields = new LinkedHashSet<>();
        List<JsonNode> items = new ArrayList<>();
        array.forEach(item -> {
            items.add(item);
            item.fieldNames().forEachRemaining(fields::add);
        });
        list(items, Columns.of(fields.toArray(String[]::new)));
    }

    static String cell(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.isObject() && value.has("value") && value.has("details")) {
            return providerState(value);
        }
        if (value.isArray() && value.valueStream().allMatch(JsonNode::isValueNode)) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return String.join(",", items);
        }
        return value.isEmpty() ? "" : value.toString();
    }

    private static String providerState(JsonNode state) {
        StringBuilder text = new StringBuilder(state.get("value").asText());
        List<String> details = new ArrayList<>();
        state.get("details").properties().forEach(detail -> details.add(detail.getKey() + "=" + detail.getValue().asText()));
        if (!details.isEmpty()) {
            text.append(" (").append(String.join(", ", details)).append(')');
        }
        return text.toString();
    }

    private static String write(JsonNode tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Which fields of a list's items make the table's columns. */
    record Columns<T>(List<String> headers, Function<T, List<String>> cells) {

        List<String> row(T item) {
            return cells.apply(item);
        }

        /** Columns read from the JSON form of the item, by field name; the header is the field name in capitals. */
        static <T> Columns<T> of(String... fields) {
            List<String> headers = new ArrayList<>();
            for (String field : fields) {
                headers.add(field.replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(Locale.ROOT));
            }
            return new Columns<>(headers, item -> {
                JsonNode tree = tree(item);
                List<String> row = new ArrayList<>();
                for (String field : fields) {
                    row.add(cell(tree.path(field)));
                }
                return row;
            });
        }
    }

    /** Serialises a value with its {@code toString}. */
    private static final class AsText<T> extends StdSerializer<T> {

        private static final long serialVersionUID = 1L;

        AsText(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(value.toString());
        }
    }
}
