package io.dclink.testkit.jdcloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A VIF's {@code HealthCheckSpec} (since bgw 1.3.1): {@code NO_CHECK}, {@code NQA} with
 * {@code nqaInfo} (txInterval 1-20 s, thresholdCount 3-8, responseTimeout 1-10 s) or {@code BFD}
 * with {@code bfdInfo} (minTxInterval and minRxInterval 200-1000 ms, detectMultiplier 3-10), each
 * defaulted as documented; answered as the {@code HealthCheck} model.
 */
final class HealthChecks {

    private HealthChecks() {
    }

    static ObjectNode read(JsonNode spec) {
        ObjectNode check = JdJson.object();
        if (spec == null || spec.isNull()) {
            return check.put("healthCheckType", "NO_CHECK").putNull("nqaInfo").putNull("bfdInfo");
        }
        if (!spec.isObject()) {
            throw JdError.invalidArgument("healthCheck", "must be an object");
        }
        String type = Fields.oneOf(spec, "healthCheckType", false, List.of("NO_CHECK", "NQA", "BFD"));
        type = type == null ? "NO_CHECK" : type;
        check.put("healthCheckType", type);
        check.putNull("nqaInfo");
        check.putNull("bfdInfo");
        if (type.equals("NQA")) {
            JsonNode nqa = spec.path("nqaInfo");
            check.putObject("nqaInfo").put("txInterval", or(Fields.integer(nqa, "txInterval", false, 1, 20), 4))
                    .put("thresholdCount", or(Fields.integer(nqa, "thresholdCount", false, 3, 8), 5))
                    .put("responseTimeout", or(Fields.integer(nqa, "responseTimeout", false, 1, 10), 3));
        } else if (type.equals("BFD")) {
            JsonNode bfd = spec.path("bfdInfo");
            check.putObject("bfdInfo").put("minTxInterval", or(Fields.integer(bfd, "minTxInterval", false, 200, 1000), 1000))
                    .put("minRxInterval", or(Fields.integer(bfd, "minRxInterval", false, 200, 1000), 1000))
                    .put("detectMultiplier", or(Fields.integer(bfd, "detectMultiplier", false, 3, 10), 3));
        }
        return check;
    }

    private static int or(Integer value, int otherwise) {
        return value == null ? otherwise : value;
    }
}
