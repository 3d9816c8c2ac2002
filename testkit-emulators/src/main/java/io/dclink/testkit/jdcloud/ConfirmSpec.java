package io.dclink.testkit.jdcloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * {@code ConfirmConnectionSpec}: the port rental the customer buys when confirming a line
 * ({@code chargeTimeUnit} MONTH or YEAR, {@code chargeTimeSpan} 1-9 months or 1-3 years, optional
 * {@code autoRenewSpec}), and the {@code Charge} it starts.
 */
final class ConfirmSpec {

    private static final List<String> UNITS = List.of("MONTH", "YEAR");

    private ConfirmSpec() {
    }

    /** Validates the spec and keeps the rental period on the connection's internal fields. */
    static void read(ObjectNode spec, ObjectNode connection) {
        String unit = Fields.oneOf(spec, "chargeTimeUnit", false, UNITS);
        unit = unit == null ? "MONTH" : unit;
        Integer span = Fields.integer(spec, "chargeTimeSpan", false, 1, unit.equals("MONTH") ? 9 : 3);
        Fields.bool(spec, "autoPay");
        JsonNode renew = spec.get("autoRenewSpec");
        if (renew != null && !renew.isNull()) {
            if (!renew.isObject()) {
                throw JdError.invalidArgument("autoRenewSpec", "must be an object");
            }
            Fields.oneOf(renew, "autoRenewStatus", true, List.of("OPEN", "CLOSE"));
            String renewUnit = Fields.oneOf(renew, "renewTimeUnit", false, UNITS);
            Fields.integer(renew, "renewTimeSpan", false, 1, "YEAR".equals(renewUnit) ? 3 : 9);
        }
        connection.put("_chargeTimeUnit", unit).put("_chargeTimeSpan", span == null ? 1 : span);
    }

    /** UNVERIFIED: the charge's mode on a confirmed line and its retirement a week after expiry. */
    static ObjectNode charge(ObjectNode connection, Instant now) {
        ZonedDateTime start = now.atZone(ZoneOffset.UTC);
        int span = connection.path("_chargeTimeSpan").asInt(1);
        ZonedDateTime expiry = connection.path("_chargeTimeUnit").asText("MONTH").equals("YEAR") ? start.plusYears(span)
                : start.plusMonths(span);
        return JdJson.object().put("chargeMode", "prepaid_by_duration").put("chargeStatus", "normal")
                .put("chargeStartTime", JdJson.time(now)).put("chargeExpiredTime", JdJson.time(expiry.toInstant()))
                .put("chargeRetireTime", JdJson.time(expiry.plusDays(7).toInstant()));
    }
}
