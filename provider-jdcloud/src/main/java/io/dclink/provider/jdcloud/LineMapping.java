package io.dclink.provider.jdcloud;

import io.dclink.kit.json.JsonRecord;
import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.BusinessStatus;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.model.AccessPoint;
import io.dclink.model.Connection;
import io.dclink.model.ProviderState;
import io.dclink.spi.StateTable;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** JD Cloud's connections, locations and partners onto the neutral model. */
final class LineMapping {

    private static final Set<String> CONNECTION_FIELDS = Set.of("connectionId", "connectionName", "connectionStatus",
            "bandwidthMbps", "idcAddress", "createdTime", "description", "location", "partner", "charge", "vifIds");
    private static final Set<String> LOCATION_FIELDS = Set.of("locationCode", "locationName", "address",
            "locationPortSpecs", "locationISPs");
    private static final Set<String> PARTNER_FIELDS = Set.of("partnerCode", "partnerName");

    private LineMapping() {
    }

    static Connection connection(JsonRecord line) {
        String status = line.text("connectionStatus");
        String type = line.text(JdCloudStates.TYPE);
        ProviderState raw = ProviderState.of(status).with(JdCloudStates.TYPE, type);
        StateTable.Mapped<ConnectionState> mapped = JdCloudStates.CONNECTION.map(raw);
        JsonRecord location = line.record("location");
        JsonRecord partner = line.record("partner");
        JsonRecord charge = line.record("charge");
        Map<String, String> attributes = attributes(line, CONNECTION_FIELDS);
        putIfPresent(attributes, "description", IdempotencyMark.strip(line.text("description")));
        putIfPresent(attributes, "vifIds", String.join(",", line.texts("vifIds")));
        putIfPresent(attributes, "locationName", location.text("locationName"));
        putIfPresent(attributes, "partnerName", partner.text("partnerName"));
        putIfPresent(attributes, "chargeMode", charge.text("chargeMode"));
        putIfPresent(attributes, "chargeStatus", charge.text("chargeStatus"));
        putIfPresent(attributes, "chargeExpiredTime", charge.text("chargeExpiredTime"));
        return Connection.builder()
                .provider(JdCloudProvider.ID)
                .id(line.requiredText("connectionId"))
                .name(Objects.requireNonNullElse(line.text("connectionName"), ""))
                .state(mapped.state())
                .requiredAction(mapped.action())
                .operationalStatus(operational(status))
                .businessStatus(business(charge))
                .providerState(raw)
                .accessPointId(isPartnerLine(type) ? partner.text("partnerCode") : location.text("locationCode"))
                .carrier(location.record("locationISP").text("ispCode"))
                .portType(location.record("locationPortSpec").text("portSpecCode"))
                .bandwidthMbps(line.integer("bandwidthMbps"))
                .customerAddress(line.text("idcAddress"))
                .createdAt(line.time("createdTime", ZoneOffset.UTC))
                .attributes(attributes)
                .build();
    }

    /** A location: where self-service and hosted lines land, with its port specs and carriers (ISPs). */
    static AccessPoint location(JsonRecord location, String region) {
        List<JsonRecord> ports = location.records("locationPortSpecs");
        Map<String, String> attributes = attributes(location, LOCATION_FIELDS);
        attributes.put("kind", "location");
        for (JsonRecord isp : location.records("locationISPs")) {
            putIfPresent(attributes, "isp." + isp.requiredText("ispCode"), isp.text("ispName"));
        }
        return AccessPoint.builder()
                .provider(JdCloudProvider.ID)
                .id(location.requiredText("locationCode"))
                .name(Objects.requireNonNullElse(location.text("locationName"), ""))
                .state(JdCloudStates.ACCESS_POINT.map(StateTable.NONE).state())
                .providerState(ProviderState.of(StateTable.NONE))
                .region(region)
                .address(location.text("address"))
                .carriers(location.records("locationISPs", isp -> isp.requiredText("ispCode")))
                .portTypes(ports.stream().map(port -> port.requiredText("portSpecCode")).toList())
                .portSpeedsMbps(ports.stream().map(port -> port.integer("bandwidthGbps")).filter(Objects::nonNull)
                        .map(gbps -> gbps * 1000).distinct().sorted().toList())
                .attributes(attributes)
                .build();
    }

    /** A partner: partner lines are ordered through one, by its code. */
    static AccessPoint partner(JsonRecord partner, String region) {
        Map<String, String> attributes = attributes(partner, PARTNER_FIELDS);
        attributes.put("kind", "partner");
        return AccessPoint.builder()
                .provider(JdCloudProvider.ID)
                .id(partner.requiredText("partnerCode"))
                .name(Objects.requireNonNullElse(partner.text("partnerName"), ""))
                .state(AccessPointState.AVAILABLE)
                .providerState(ProviderState.of(StateTable.NONE))
                .region(region)
                .attributes(attributes)
                .build();
    }

    /** {@code InActive} is an active line that is down: a fault, not a step. */
    private static OperationalStatus operational(String status) {
        if ("Active".equals(status)) {
            return OperationalStatus.UP;
        }
        return "InActive".equals(status) ? OperationalStatus.DOWN : OperationalStatus.NOT_REPORTED;
    }

    private static BusinessStatus business(JsonRecord charge) {
        String status = charge.text("chargeStatus");
        if (status == null) {
            return BusinessStatus.NOT_REPORTED;
        }
        return switch (status) {
            case "normal" -> BusinessStatus.NORMAL;
            case "overdue" -> BusinessStatus.OVERDUE;
            case "arrear" -> BusinessStatus.FINANCIAL_LOCKED;
            default -> BusinessStatus.UNKNOWN;
        };
    }

    private static boolean isPartnerLine(String type) {
        return JdCloudStates.PARTNER_LINE.equals(type);
    }

    /** A record's other scalar fields, without the empty ones. */
    static Map<String, String> attributes(JsonRecord record, Set<String> mapped) {
        Map<String, String> attributes = new LinkedHashMap<>(record.unmapped(mapped));
        attributes.values().removeIf(String::isEmpty);
        return attributes;
    }

    static void putIfPresent(Map<String, String> attributes, String key, String value) {
        if (value != null && !value.isEmpty()) {
            attributes.put(key, value);
        }
    }
}
