package io.dclink.core.pair;

import io.dclink.model.CreateConnectionRequest;
import io.dclink.pair.PairPlan;
import io.dclink.pair.RedundantLinesOrder;
import io.dclink.pair.Resilience;
import java.util.List;

/**
 * The applications of a pair's lines, from its template: line 1 and 2 get the template's fields,
 * their access point, the name with {@code -1} or {@code -2}, their derived key, and line 2 the first
 * line as its redundancy where the provider has the field.
 */
final class PairLines {

    private PairLines() {
    }

    /** The template as a checkpoint keeps it: without the fields that belong to one line. */
    static CreateConnectionRequest template(CreateConnectionRequest line) {
        return line.toBuilder().accessPointId(null).circuitCode(null).redundantConnectionId(null).idempotencyKey(null).build();
    }

    static CreateConnectionRequest first(CreateConnectionRequest template, PairPlan plan, String pairKey) {
        return template.toBuilder().name(template.name() + "-1").accessPointId(plan.firstAccessPointId())
                .idempotencyKey(PairKeys.line(pairKey, 1)).build();
    }

    /** Line 2, naming {@code redundantWith} (the first line's id, or {@code null} where the provider names none). */
    static CreateConnectionRequest second(CreateConnectionRequest template, PairPlan plan, String pairKey,
            String redundantWith) {
        return template.toBuilder().name(template.name() + "-2").accessPointId(plan.secondAccessPointId())
                .redundantConnectionId(redundantWith).idempotencyKey(PairKeys.line(pairKey, 2)).build();
    }

    /** The native order: one entry per access point (both lines of a one-site pair come from one entry). */
    static RedundantLinesOrder nativeOrder(CreateConnectionRequest template, PairPlan plan, String pairKey) {
        List<CreateConnectionRequest> entries = plan.resilience() == Resilience.TWO_ACCESS_POINTS
                ? List.of(entry(template, template.name() + "-1", plan.firstAccessPointId()),
                        entry(template, template.name() + "-2", plan.secondAccessPointId()))
                : List.of(entry(template, template.name(), plan.firstAccessPointId()));
        return new RedundantLinesOrder(plan.nativeMode(), entries, null, PairKeys.nativeOrder(pairKey));
    }

    private static CreateConnectionRequest entry(CreateConnectionRequest template, String name, String accessPointId) {
        return template.toBuilder().name(name).accessPointId(accessPointId).build();
    }
}
