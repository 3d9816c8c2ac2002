package io.dclink.provider.consoleconnect;

import io.dclink.error.Problem;
import io.dclink.kit.validation.Problems;
import io.dclink.kit.validation.Ranges;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.RoutingType;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import java.util.List;

/**
 * What a Layer 2 connection request must be, checked before anything is sent — for an order and,
 * by the runtime, for its quote. The request's fields as Console Connect reads them:
 * {@code connectionId} the source port, {@code ownerAccount} the destination company's username,
 * {@code bandwidthMbps} the speed, {@code vlan} the VLAN requested on the source port (optional:
 * Console Connect allocates one), {@code routing} {@link RoutingType#NONE}; where it lands and on
 * what terms are {@link Layer2Options provider options}. A Layer 2 connection carries no addresses,
 * routes, BGP settings, gateway, cloud network, tags or description: those are refused, never dropped.
 */
final class Layer2Rules {

    /** UNVERIFIED: a connection name's limit (the reference states none). */
    static final int NAME_LIMIT = 100;
    /** UNVERIFIED: the VLANs a request may name (usable 802.1Q ids, 1 being the default VLAN). */
    static final int FIRST_VLAN = 2;
    static final int LAST_VLAN = 4094;
    /** UNVERIFIED: speeds are free-form Mbps within both ports' headroom; 100G is the largest port. */
    static final int FASTEST_MBPS = 100_000;

    private static final String CARRIES_NO = "a Layer 2 connection carries no ";

    private Layer2Rules() {
    }

    static List<Problem> create(CreateVirtualInterfaceRequest request) {
        Problems problems = new Problems()
                .required("connectionId", request.connectionId())
                .required("ownerAccount", request.ownerAccount())
                .required("bandwidthMbps", request.bandwidthMbps());
        problems.text("name", request.name(), 1, NAME_LIMIT);
        problems.check(request.connectionId() == null || Answers.isObjectId(request.connectionId()), "connectionId",
                "must be the id of a port (24 hexadecimal characters)");
        Settings.username(problems, "ownerAccount", request.ownerAccount());
        Ranges.bandwidth(problems, "bandwidthMbps", request.bandwidthMbps(), 1, FASTEST_MBPS);
        Ranges.vlan(problems, "vlan", request.vlan(), FIRST_VLAN, LAST_VLAN);
        problems.check(request.routing() == RoutingType.NONE, "routing", "a Layer 2 connection routes nothing: give "
                + "routing NONE (your routers' own BGP or static routes run over it end to end, unseen by Console Connect)");
        problems.check(request.bgp() == null, "bgp", CARRIES_NO + "BGP settings");
        problems.check(request.staticPrefixes().isEmpty(), "staticPrefixes", CARRIES_NO + "routes");
        problems.check(request.providerAddress() == null, "providerAddress", CARRIES_NO + "addresses");
        problems.check(request.customerAddress() == null, "customerAddress", CARRIES_NO + "addresses");
        problems.check(request.gatewayId() == null, "gatewayId", "Console Connect has no gateways: name where the "
                + "connection lands with the provider options " + Layer2Options.DEST_METRO + ", " + Layer2Options.DEST_DCF
                + " or " + Layer2Options.DEST_PORT);
        problems.check(request.networkId() == null, "networkId", CARRIES_NO + "cloud network: land it on a company "
                + "(ownerAccount) and where it takes connections (provider options " + Layer2Options.DEST_METRO + ", "
                + Layer2Options.DEST_PORT + ")");
        problems.check(request.description() == null, "description", CARRIES_NO + "description");
        problems.check(request.tags().isEmpty(), "tags", CARRIES_NO + "tags");
        Layer2Options.check(problems, request.providerOptions(), request.connectionId());
        return problems.list();
    }

    /** Console Connect renames a connection and changes nothing else through its update. */
    static List<Problem> rename(UpdateVirtualInterfaceRequest request) {
        Problems problems = new Problems().required("name", request.name());
        problems.text("name", request.name(), 1, NAME_LIMIT);
        String only = "Console Connect's update takes only the name";
        problems.check(request.description() == null, "description", CARRIES_NO + "description");
        problems.check(request.bandwidthMbps() == null, "bandwidthMbps", only + " (a speed change is not supported)");
        problems.check(request.bgp() == null, "bgp", CARRIES_NO + "BGP settings");
        problems.check(request.staticPrefixes() == null, "staticPrefixes", CARRIES_NO + "routes");
        return problems.list();
    }
}
