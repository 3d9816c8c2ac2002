package io.dclink.cli;

import io.dclink.ProviderInfo;
import io.dclink.model.AccessPoint;
import io.dclink.model.Connection;
import io.dclink.model.Gateway;
import io.dclink.model.Loa;
import io.dclink.model.Quote;
import io.dclink.model.Route;
import io.dclink.model.VirtualInterface;
import java.util.List;
import java.util.TreeSet;

/** The table columns of each resource type. */
final class Views {

    static final Output.Columns<ProviderInfo> PROVIDERS = new Output.Columns<>(
            List.of("ID", "NAME", "SPI", "REGIONS", "CAPABILITIES"),
            info -> List.of(info.id(), info.displayName(), info.spiVersion(), info.regional() ? "yes" : "none",
                    String.join(" ", new TreeSet<>(
                    info.capabilities().stream().map(Enum::name).toList()))));
    static final Output.Columns<AccessPoint> ACCESS_POINTS = Output.Columns.of("id", "name", "state", "region", "city",
            "carriers", "portTypes");
    static final Output.Columns<Connection> CONNECTIONS = Output.Columns.of("id", "name", "state", "requiredAction",
            "providerState", "accessPointId", "bandwidthMbps");
    static final Output.Columns<Loa> LOAS = Output.Columns.of("connectionId", "state", "requiredAction", "providerState",
            "companyName", "documentUrl");
    static final Output.Columns<Gateway> GATEWAYS = Output.Columns.of("id", "name", "state", "networkType", "networkId",
            "asn");
    static final Output.Columns<VirtualInterface> VIFS = Output.Columns.of("id", "name", "state", "requiredAction",
            "operationalStatus", "connectionId", "vlan", "routing");
    static final Output.Columns<Quote.Item> QUOTE_ITEMS = Output.Columns.of("type", "amount", "upfront");
    static final Output.Columns<Route> ROUTES = Output.Columns.of("id", "destination", "state", "routeType", "nextHop");

    private Views() {
    }
}
