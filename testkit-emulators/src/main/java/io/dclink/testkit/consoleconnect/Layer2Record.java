package io.dclink.testkit.consoleconnect;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * The stored form of a new Layer 2 connection: the fields of the connection object (reference
 * §2.8, the read-back sample) that do not depend on who reads it. Fields whose values only the
 * Azure sample shows ({@code billingType}, {@code srcConfigTag}, …) take its values, UNVERIFIED
 * for other destinations.
 */
final class Layer2Record {

    private Layer2Record() {
    }

    /**
     * A connection as ordered, before it enters its first status.
     *
     * @param order the checked order
     * @param creator the company ordering it
     * @param id its new id
     * @param now the time
     * @return the record
     */
    static ObjectNode of(Layer2Order order, Company creator, String id, Instant now) {
        String time = CcJson.time(now);
        Place.Metro srcMetro = Place.metro(order.srcPort().get("metroId").asText()).orElseThrow();
        ObjectNode c = CcJson.object().put("id", id).put("version", "2").put("type", "LAYER2")
                .put("typeFriendly", "Layer 2") // UNVERIFIED: only "Azure ExpressRoute" is seen
                .put("name", order.name()).put("status", "").putNull("statusChangedAt").putNull("errorReason");
        c.putObject("speed").put("value", order.speed()).put("name", order.speed() + " Mbps");
        c.put("srcPortId", order.srcPort().get("id").asText()).put("destPortId", order.destPort().get("id").asText())
                .put("srcCompanyId", creator.id()).put("destCompanyId", order.dest().id())
                .putNull("srcControllerId").putNull("destControllerId")
                .put("srcRegionId", srcMetro.regionId()).put("destRegionId", order.destMetro().regionId())
                .put("srcVlanRequest", order.srcVlan()).put("destVlanRequest", order.destVlan())
                .put("srcQinQ", false).put("destQinQ", false).put("srcUntagged", false).put("destUntagged", false)
                .put("srcConfigTag", "CUSTOMER").put("destConfigTag", "SERVICE").putNull("tag").putNull("parentId");
        c.putArray("srcPorts");
        c.putArray("destPorts");
        ObjectNode sub = c.putObject("subconnectionIds");
        sub.putArray("primary");
        sub.putArray("secondary");
        c.putArray("subconnections");
        c.putObject("request").putNull("destApproval").put("destMetroId", order.destMetro().id()).put("read", false)
                .putNull("speed").put("srcApproval", creator.userId() != null ? creator.userId() : creator.id())
                .putNull("status").putNull("updatedAt");
        c.put("classOfService", order.classOfService()).put("billingType", "BESPOKE")
                .put("cdrBillingType", cdrBillingType(srcMetro, order.destMetro()))
                .put("paymentType", order.paymentType()).put("payg", order.paymentType().equals("payg"))
                .put("paymentTransactionId", order.paymentTransactionId()).put("duration", order.duration())
                .put("durationUnit", order.durationUnit()).put("evergreen", order.evergreen())
                .put("scheduled", false).put("maintenanceMode", false).putNull("salesRecordId");
        c.putArray("scheduledTaskList");
        c.putArray("addonIds");
        c.putNull("alertUtilization").putNull("alertUtilizationThresholdUserIds").putNull("importedAt").putNull("importer")
                .putNull("activeChangedAt").putNull("firstActiveAt").put("createdAt", time).put("updatedAt", time)
                .put("deleted", false).putNull("deletedAt");
        return c;
    }

    /** UNVERIFIED: {@code METRO} (create sample) within a metro, {@code REGIONAL} (read-back sample) across one region. */
    private static String cdrBillingType(Place.Metro src, Place.Metro dest) {
        if (src.id().equals(dest.id())) {
            return "METRO";
        }
        return src.regionId().equals(dest.regionId()) ? "REGIONAL" : "GLOBAL";
    }
}
