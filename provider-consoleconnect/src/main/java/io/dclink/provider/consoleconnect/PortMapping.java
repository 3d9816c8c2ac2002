package io.dclink.provider.consoleconnect;

import io.dclink.kit.json.JsonRecord;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.model.Connection;
import io.dclink.model.ProviderState;
import io.dclink.spi.StateTable;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Console Connect port as the neutral connection: its metro is the access point, {@code speed.value}
 * the bandwidth, {@code mediaType} the port type, {@code linkState} the operational status; its
 * capacity, data-centre facility and every other scalar field are kept in the attributes.
 */
final class PortMapping {

    private static final Set<String> MAPPED = Set.of("id", "name", "status", "metroId", "mediaType", "createdAt");

    private PortMapping() {
    }

    static Connection connection(JsonRecord port) {
        String status = port.text("status");
        StateTable.Mapped<ConnectionState> mapped = ConsoleConnectStates.PORT.map(status);
        Map<String, String> attributes = port.unmapped(MAPPED);
        JsonRecord capacity = port.record("capacity");
        Links.put(attributes, "capacity.total", capacity.integer("total"));
        Links.put(attributes, "capacity.utilised", capacity.integer("utilised"));
        Links.put(attributes, "capacity.remaining", capacity.integer("remaining"));
        Links.put(attributes, "dataCenterFacility.name", port.record("dataCenterFacility").text("name"));
        return Connection.builder()
                .provider(ConsoleConnectProvider.ID)
                .id(Answers.id(port))
                .name(Objects.requireNonNullElse(port.text("name"), ""))
                .state(mapped.state())
                .requiredAction(mapped.action())
                .operationalStatus(Links.of(port.text("linkState")))
                .providerState(ProviderState.of(status))
                .accessPointId(port.text("metroId"))
                .portType(port.text("mediaType"))
                .bandwidthMbps(port.record("speed").integer("value"))
                .createdAt(port.time("createdAt", ZoneOffset.UTC))
                .attributes(attributes)
                .build();
    }
}
