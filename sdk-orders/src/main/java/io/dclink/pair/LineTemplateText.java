package io.dclink.pair;

import io.dclink.model.Contact;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.runtime.CheckpointText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A pair's line template in a checkpoint: one {@code line.*} key per field, maps one key per entry. */
final class LineTemplateText {

    private static final String TAG = "line.tag.";
    private static final String OPTION = "line.option.";
    private static final Set<String> FIELDS = Set.of("line.name", "line.description", "line.carrier", "line.portType",
            "line.bandwidthMbps", "line.customerAddress", "line.contact.name", "line.contact.phone", "line.contact.email",
            "line.faultContact.name", "line.faultContact.phone", "line.faultContact.email");

    private LineTemplateText() {
    }

    static boolean owns(String key) {
        return FIELDS.contains(key) || key.startsWith(TAG) || key.startsWith(OPTION);
    }

    static void write(CheckpointText out, CreateConnectionRequest line) {
        out.put("line.name", line.name()).put("line.description", line.description()).put("line.carrier", line.carrier())
                .put("line.portType", line.portType()).put("line.bandwidthMbps", line.bandwidthMbps())
                .put("line.customerAddress", line.customerAddress());
        contact(out, "line.contact.", line.contact());
        contact(out, "line.faultContact.", line.faultContact());
        line.tags().forEach((key, value) -> out.put(TAG + CheckpointText.encode(key), value));
        line.providerOptions().forEach((key, value) -> out.put(OPTION + CheckpointText.encode(key), value));
    }

    static CreateConnectionRequest read(CheckpointText in) {
        String bandwidth = in.optional("line.bandwidthMbps");
        return CreateConnectionRequest.builder().name(in.required("line.name")).description(in.optional("line.description"))
                .carrier(in.optional("line.carrier")).portType(in.optional("line.portType"))
                .bandwidthMbps(bandwidth == null ? null : Integer.valueOf(bandwidth))
                .customerAddress(in.optional("line.customerAddress"))
                .contact(contact(in, "line.contact.")).faultContact(contact(in, "line.faultContact."))
                .tags(entries(in, TAG)).providerOptions(entries(in, OPTION)).build();
    }

    private static void contact(CheckpointText out, String prefix, Contact contact) {
        if (contact != null) {
            out.put(prefix + "name", contact.name()).put(prefix + "phone", contact.phone()).put(prefix + "email", contact.email());
        }
    }

    private static Contact contact(CheckpointText in, String prefix) {
        String name = in.optional(prefix + "name");
        String phone = in.optional(prefix + "phone");
        String email = in.optional(prefix + "email");
        return name == null && phone == null && email == null ? null : new Contact(name, phone, email);
    }

    private static Map<String, String> entries(CheckpointText in, String prefix) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String key : in.keys()) {
            if (key.startsWith(prefix)) {
                String value = in.optional(key);
                entries.put(CheckpointText.decode(key.substring(prefix.length())), value == null ? "" : value);
            }
        }
        return entries;
    }
}
