package io.dclink.provider.jdcloud;

import io.dclink.auth.Secret;
import io.dclink.kit.json.JsonRecord;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.BgpPeering;
import io.dclink.model.ProviderState;
import io.dclink.model.RoutingType;
import io.dclink.model.VirtualInterface;
import io.dclink.spi.StateTable;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * JD Cloud's private VIFs onto the neutral model. One interconnect pair per physical link: the
 * first is the interface's addresses, a second (hosted lines, or HA) goes to the attributes. BGP is
 * always on; the session state is the peers' {@code peerBgpStatus}, the legacy {@code bgpPeers}
 * being read where {@code peers} is empty.
 */
final class VifMapping {

    private static final Set<String> FIELDS = Set.of("privateVifId", "privateVifName", "privateVifStatus", "connectionId",
            "bgwId", "vlan", "createdTime", "description", "peers", "bgpPeers", "bgp", "healthCheck");

    private VifMapping() {
    }

    static VirtualInterface vif(JsonRecord vif) {
        String status = vif.text("privateVifStatus");
        StateTable.Mapped<VirtualInterfaceState> mapped = JdCloudStates.PRIVATE_VIF.map(status);
        List<Pair> pairs = pairs(vif);
        JsonRecord bgp = vif.record("bgp");
        List<JsonRecord> legacyPeers = vif.records("bgpPeers");
        JsonRecord legacy = legacyPeers.isEmpty() ? bgp : legacyPeers.get(0);
        Long customerAsn = bgp.has("customerAsn") ? bgp.longValue("customerAsn") : legacy.longValue("customerAsn");
        Long jdAsn = bgp.has("jdCloudAsn") ? bgp.longValue("jdCloudAsn") : legacy.longValue("jdCloudAsn");
        String authKey = bgp.has("customerAsn") ? bgp.text("authKey") : legacy.text("authKey");
        Map<String, String> attributes = LineMapping.attributes(vif, FIELDS);
        LineMapping.putIfPresent(attributes, "description", IdempotencyMark.strip(vif.text("description")));
        LineMapping.putIfPresent(attributes, "healthCheckType", vif.record("healthCheck").text("healthCheckType"));
        for (int i = 1; i < pairs.size(); i++) {
            attributes.put("peer" + (i + 1) + ".customerIp", pairs.get(i).customerIp());
            attributes.put("peer" + (i + 1) + ".jdCloudIp", pairs.get(i).jdCloudIp());
        }
        Pair first = pairs.isEmpty() ? new Pair(null, null, null) : pairs.get(0);
        return VirtualInterface.builder()
                .provider(JdCloudProvider.ID)
                .id(vif.requiredText("privateVifId"))
                .name(Objects.requireNonNullElse(vif.text("privateVifName"), ""))
                .state(mapped.state())
                .requiredAction(mapped.action())
                .operationalStatus(operational(status, pairs))
                .providerState(ProviderState.of(status))
                .connectionId(vif.text("connectionId"))
                .gatewayId(vif.text("bgwId"))
                .vlan(vif.integer("vlan"))
                .providerAddress(first.jdCloudIp())
                .customerAddress(first.customerIp())
                .routing(RoutingType.BGP)
                .bgp(new BgpPeering(customerAsn, jdAsn, Secret.ofNullable(authKey)))
                .createdAt(vif.time("createdTime", ZoneOffset.UTC))
                .attributes(attributes)
                .build();
    }

    /**
     * {@code Down} and {@code InActive} are an active VIF that is down; otherwise the BGP sessions
     * tell: all {@code Up} is up, any {@code Down} is down.
     */
    private static OperationalStatus operational(String status, List<Pair> pairs) {
        if ("Down".equals(status) || "InActive".equals(status)) {
            return OperationalStatus.DOWN;
        }
        if (pairs.isEmpty() || pairs.stream().allMatch(pair -> pair.bgpStatus() == null)) {
            return "Active".equals(status) ? OperationalStatus.UP : OperationalStatus.NOT_REPORTED;
        }
        if (pairs.stream().anyMatch(pair -> "Down".equals(pair.bgpStatus()))) {
            return OperationalStatus.DOWN;
        }
        return pairs.stream().allMatch(pair -> "Up".equals(pair.bgpStatus())) ? OperationalStatus.UP : OperationalStatus.UNKNOWN;
    }

    /** One interconnect pair and the state of its BGP session. */
    private record Pair(String customerIp, String jdCloudIp, String bgpStatus) {
    }

    private static List<Pair> pairs(JsonRecord vif) {
        List<Pair> peers = vif.records("peers", peer -> new Pair(peer.record("peerIps").text("customerIp"),
                peer.record("peerIps").text("jdCloudIp"), peer.text("peerBgpStatus")));
        return !peers.isEmpty() ? peers : vif.records("bgpPeers", peer -> new Pair(peer.text("customerIp"),
                peer.text("jdCloudIp"), peer.text("bgpPeerStatus")));
    }
}
