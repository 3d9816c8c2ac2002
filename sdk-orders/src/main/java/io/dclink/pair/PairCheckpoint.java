package io.dclink.pair;

import io.dclink.error.ValidationException;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.runtime.CheckpointText;
import java.util.Objects;
import java.util.Set;

/**
 * Everything needed to pick a redundant pair up again after a restart: the provider and region, the
 * pair's key, its plan, the line's parameters (the second line may still have to be ordered) and the
 * ids of the lines ordered so far. {@link #encode()} gives a stable text form to store;
 * {@link #decode(String)} reads it back. Resuming from an older checkpoint is safe: a line ordered
 * after it was taken is found again by its key, never ordered twice.
 *
 * @param provider the provider id
 * @param region the client's region, or {@code null} for a provider without regions
 * @param key the pair's idempotency key, from which each line's key is derived
 * @param plan where and how the lines are ordered
 * @param line the line's parameters, without access point, circuit code, redundancy or key
 * @param firstId the first line's id
 * @param secondId the second line's id, or {@code null} while it is not ordered
 */
public record PairCheckpoint(String provider, String region, String key, PairPlan plan, CreateConnectionRequest line,
        String firstId, String secondId) {

    private static final String HEADER = "dclink-pair-checkpoint/1";
    private static final Set<String> KEYS = Set.of("provider", "region", "key", "resilience", "metro", "accessPoint",
            "nativeMode", "first", "second");

    /**
     * Validates the components.
     *
     * @param provider the provider id
     * @param region the region, or {@code null}
     * @param key the pair's key
     * @param plan the plan
     * @param line the line's parameters
     * @param firstId the first line's id
     * @param secondId the second line's id, or {@code null}
     */
    public PairCheckpoint {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(firstId, "firstId");
    }

    /**
     * {@return a copy of this checkpoint for once the second line is ordered}
     *
     * @param id the second line's id
     */
    public PairCheckpoint withSecond(String id) {
        return new PairCheckpoint(provider, region, key, plan, line, firstId, Objects.requireNonNull(id, "id"));
    }

    /**
     * {@return the checkpoint as text: a header line, then one {@code key=value} line per field, values URL-encoded}
     */
    public String encode() {
        CheckpointText out = CheckpointText.writing(HEADER).put("provider", provider).put("region", region)
                .put("key", key).put("resilience", plan.resilience().name()).put("metro", plan.metro());
        plan.accessPointIds().forEach(id -> out.put("accessPoint", id));
        out.put("nativeMode", plan.nativeMode()).put("first", firstId).put("second", secondId);
        LineTemplateText.write(out, line);
        return out.text();
    }

    /**
     * {@return the checkpoint that {@link #encode()} wrote as {@code text}}
     *
     * @param text the text
     * @throws ValidationException if the text is not a pair checkpoint this version can read
     */
    public static PairCheckpoint decode(String text) {
        Objects.requireNonNull(text, "text");
        return CheckpointText.read(text, "pair", "encode()", PairCheckpoint::parse);
    }

    private static PairCheckpoint parse(String text) {
        CheckpointText in = CheckpointText.reading(HEADER, text);
        for (String key : in.keys()) {
            if (!KEYS.contains(key) && !LineTemplateText.owns(key)) {
                throw new IllegalArgumentException("unknown checkpoint line " + key);
            }
        }
        PairPlan plan = new PairPlan(Resilience.valueOf(in.required("resilience")), in.required("metro"),
                in.all("accessPoint"), in.optional("nativeMode"));
        return new PairCheckpoint(in.required("provider"), in.optional("region"), in.required("key"), plan,
                LineTemplateText.read(in), in.required("first"), in.optional("second"));
    }
}
