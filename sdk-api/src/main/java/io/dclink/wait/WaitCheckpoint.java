package io.dclink.wait;

import io.dclink.error.ErrorContext;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.TransitionKind;
import io.dclink.model.ProviderState;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a wait stands, so that it can resume after the process restarts: the resource, when the
 * wait started, its deadline, how many polls it made and the timeline so far. {@link #encode()}
 * gives a stable text form to store; {@link #decode(String)} reads it back.
 *
 * @param type the resource type
 * @param provider the provider id
 * @param resourceId the resource id
 * @param startedAt when the wait first started
 * @param deadline when it gives up
 * @param attempts how many polls were made
 * @param timeline the observations so far, oldest first
 */
public record WaitCheckpoint(
        ResourceType type,
        String provider,
        String resourceId,
        Instant startedAt,
        Instant deadline,
        int attempts,
        List<Observation> timeline) {

    private static final String HEADER = "dclink-wait-checkpoint/1";

    /**
     * Validates and copies the components.
     *
     * @param type the type
     * @param provider the provider
     * @param resourceId the id
     * @param startedAt the start
     * @param deadline the deadline
     * @param attempts the polls made
     * @param timeline the observations
     */
    public WaitCheckpoint {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(deadline, "deadline");
        timeline = List.copyOf(timeline);
    }

    /** {@return the latest observation, if anything was observed} */
    public Optional<Observation> lastObservation() {
        return timeline.isEmpty() ? Optional.empty() : Optional.of(timeline.get(timeline.size() - 1));
    }

    /**
     * {@return the checkpoint as text: a header line, then one {@code key=value} line per field and one
     * {@code observation=} line per timeline entry, values URL-encoded}
     */
    public String encode() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        line(text, "type", type.name());
        line(text, "provider", provider);
        line(text, "resourceId", resourceId);
        line(text, "startedAt", startedAt.toString());
        line(text, "deadline", deadline.toString());
        line(text, "attempts", Integer.toString(attempts));
        for (Observation o : timeline) {
            StringBuilder details = new StringBuilder();
            o.providerState().details().forEach((k, v) -> details.append(details.length() == 0 ? "" : "&")
                    .append(enc(k)).append('=').append(enc(v)));
            line(text, "observation", String.join(" ", o.at().toString(), o.state().name(), o.requiredAction().name(),
                    o.kind().name(), enc(o.providerState().value()), enc(details.toString())));
        }
        return text.toString();
    }

    /**
     * {@return the checkpoint that {@link #encode()} wrote as {@code text}}
     *
     * @param text the text
     * @throws ValidationException if the text is not a checkpoint this version can read
     */
    public static WaitCheckpoint decode(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return parse(text);
        } catch (RuntimeException e) {
            ValidationException invalid = new ValidationException(ErrorContext.of(null), List.of(new Problem("checkpoint",
                    "is not a wait checkpoint this version of dclink can read (" + e.getClass().getSimpleName() + ": "
                            + e.getMessage() + "); store the text encode() returned, unchanged")));
            invalid.addSuppressed(e);
            throw invalid;
        }
    }

    private static WaitCheckpoint parse(String text) {
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].equals(HEADER)) {
            throw new IllegalArgumentException("not a dclink wait checkpoint (expected the header " + HEADER + ")");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<Observation> timeline = new ArrayList<>();
        ResourceType type = null;
        for (int i = 1; i < lines.length; i++) {
            int eq = lines[i].indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("malformed checkpoint line " + (i + 1));
            }
            String key = lines[i].substring(0, eq);
            String value = dec(lines[i].substring(eq + 1));
            if (key.equals("observation")) {
                timeline.add(observation(requireType(type), value));
            } else {
                fields.put(key, value);
                if (key.equals("type")) {
                    type = ResourceType.valueOf(value);
                }
            }
        }
        return new WaitCheckpoint(requireType(type), require(fields, "provider"), require(fields, "resourceId"),
                Instant.parse(require(fields, "startedAt")), Instant.parse(require(fields, "deadline")),
                Integer.parseInt(require(fields, "attempts")), timeline);
    }

    private static Observation observation(ResourceType type, String value) {
        String[] parts = value.split(" ", -1);
        if (parts.length != 6) {
            throw new IllegalArgumentException("malformed checkpoint observation: " + value);
        }
        LifecycleState state = type.state(parts[1]);
        ProviderState raw = ProviderState.of(dec(parts[4]));
        String details = dec(parts[5]);
        if (!details.isEmpty()) {
            for (String pair : details.split("&")) {
                int eq = pair.indexOf('=');
                raw = raw.with(dec(pair.substring(0, eq)), dec(pair.substring(eq + 1)));
            }
        }
        return new Observation(Instant.parse(parts[0]), state, raw, RequiredAction.valueOf(parts[2]),
                TransitionKind.valueOf(parts[3]));
    }

    private static ResourceType requireType(ResourceType type) {
        if (type == null) {
            throw new IllegalArgumentException("the checkpoint's type line must come before its observations");
        }
        return type;
    }

    private static String require(Map<String, String> fields, String key) {
        String value = fields.get(key);
        if (value == null) {
            throw new IllegalArgumentException("the checkpoint has no " + key);
        }
        return value;
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append('=').append(enc(value)).append('\n');
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String dec(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
