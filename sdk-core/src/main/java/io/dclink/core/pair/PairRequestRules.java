package io.dclink.core.pair;

import io.dclink.error.Problem;
import io.dclink.kit.validation.Problems;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.pair.PairRequest;
import io.dclink.pair.Resilience;
import java.util.List;

/** What is wrong with a pair order before any provider is asked: the template's fields that belong to one line only. */
final class PairRequestRules {

    private PairRequestRules() {
    }

    static List<Problem> check(PairRequest request) {
        CreateConnectionRequest line = request.line();
        Problems problems = new Problems()
                .required("line.name", line.name())
                .check(line.circuitCode() == null, "line.circuitCode", "each line has its own circuit code; set it on "
                        + "each line with connections().update once the carrier gives it")
                .check(line.redundantConnectionId() == null, "line.redundantConnectionId", "the pair order names each "
                        + "line's redundancy itself; leave it empty")
                .check(line.idempotencyKey() == null, "line.idempotencyKey", "give the pair's key "
                        + "(PairRequest.idempotencyKey); each line's key is derived from it")
                .check(request.secondAccessPointId() == null || request.resilience() == Resilience.TWO_ACCESS_POINTS,
                        "secondAccessPointId", "a pair at one access point has no second access point")
                .check(request.secondAccessPointId() == null || !request.secondAccessPointId().equals(line.accessPointId()),
                        "secondAccessPointId", "must differ from the first access point (line.accessPointId)")
                .idempotencyKey(request.idempotencyKey());
        return problems.list();
    }
}
