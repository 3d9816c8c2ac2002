package io.dclink.wait;

import io.dclink.error.ValidationException;
import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.TransitionKind;
import io.dclink.model.ProviderState;
import io.dclink.runtime.CheckpointText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

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
        CheckpointText out = CheckpointText.writing(HEADER).put("type", type.name()).put("provider", provider)
                .put("resourceId", resourceId).put("startedAt", startedAt).put("deadline", deadline)
                .put("attempts", attempts);
        for (Observation o : timeline) {
            StringJoiner details = new StringJoiner("&");
            o.providerState().details().forEach((k, v) -> details.add(CheckpointText.pair(k, v)));
            out.put("observation", String.join(" ", o.at().toString(), o.state().name(), o.requiredAction().name(),
                    o.kind().name(), CheckpointText.encode(o.providerState().value()),
                    CheckpointText.encode(details.toString())));
        }
        return out.text();
    }

    /**
     * {@return the checkpoint that {@link #encode()} wrote as {@code text}}
     *
     * @param text the text
     * @throws ValidationException if the text is not a checkpoint this version can read
     */
    public static WaitCheckpoint decode(String text) {
        Objects.requireNonNull(text, "text");
        return CheckpointText.read(text, "wait", "encode()", WaitCheckpoint::parse);
    }

    private static WaitCheckpoint parse(String text) {
        CheckpointText in = CheckpointText.reading(HEADER, text);
        ResourceType type = ResourceType.valueOf(in.required("type"));
        List<Observation> timeline = new ArrayList<>();
        for (String observation : in.all("observation")) {
            timeline.add(observation(type, observation));
        }
        return new WaitCheckpoint(type, in.required("provider"), in.required("resourceId"),
                Instant.parse(in.required("startedAt")), Instant.parse(in.required("deadline")),
                Integer.parseInt(in.required("attempts")), timeline);
    }

    private static Observation observation(ResourceType type, String value) {
        String[] parts = value.split(" ", -1);
        if (parts.length != 6) {
            throw new IllegalArgumentException("malformed checkpoint observation: " + value);
        }
        LifecycleState state = type.state(parts[1]);
        ProviderState raw = ProviderState.of(CheckpointText.decode(parts[4]));
        String details = CheckpointText.decode(parts[5]);
        if (!details.isEmpty()) {
            for (String pair : details.split("&")) {
                Map.Entry<String, String> detail = CheckpointText.unpair(pair);
                raw = raw.with(detail.getKey(), detail.getValue());
            }
        }
        return new Observation(Instant.parse(parts[0]), state, raw, RequiredAction.valueOf(parts[2]),
                TransitionKind.valueOf(parts[3]));
    }
}
