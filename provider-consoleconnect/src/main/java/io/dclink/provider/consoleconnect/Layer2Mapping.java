package io.dclink.provider.consoleconnect;

import io.dclink.kit.json.JsonRecord;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.ProviderState;
import io.dclink.model.RoutingType;
import io.dclink.model.VirtualInterface;
import io.dclink.spi.StateTable;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Layer 2 connection as the neutral virtual interface, seen by the company reading it: its own port
 * is the connection ({@code srcPortId} for the creator, {@code destPortId} for the receiver), the other
 * company's username the owner account, its side's VLAN ({@code srcTag}/{@code destTag}, else the VLAN
 * requested) the VLAN, and its routing {@code NONE}. Console Connect has no gateways: the port at the
 * other end is in the attributes ({@code srcPortId}, {@code destPortId}) with the rest of the record.
 * The hand-off values of a cloud landing ({@code partner.account}, {@code partner.connectionId},
 * {@code destTag}) are in the attributes where the API shows them — except an Azure service key.
 */
final class Layer2Mapping {

    /** The attribute holding the other company's username. */
    static final String DESTINATION_COMPANY = "destCompany";
    /** The attribute holding the destination metro of the order. */
    static final String DESTINATION_METRO = "destMetroId";
    /** The attribute holding a cloud landing's provider account, where the API shows it. */
    static final String HAND_OFF_ACCOUNT = "partner.account";
    /** The attribute holding a cloud landing's shared connection, where the API shows it. */
    static final String HAND_OFF_CONNECTION = "partner.connectionId";
    /** The attribute holding the VLAN at the destination, a cloud landing's hand-off VLAN. */
    static final String HAND_OFF_VLAN = "destTag";

    private static final Set<String> MAPPED = Set.of("id", "name", "status", "speed", "createdAt");

    private Layer2Mapping() {
    }

    static VirtualInterface virtualInterface(JsonRecord connection) {
        String status = connection.text("status");
        Boolean receiver = connection.bool(ConsoleConnectStates.IS_RECEIVER);
        JsonRecord partner = connection.record("partner");
        ProviderState raw = ProviderState.of(status);
        if (receiver != null) {
            raw = raw.with(ConsoleConnectStates.IS_RECEIVER, receiver.toString());
        }
        if (partner.text("type") != null) {
            raw = raw.with(ConsoleConnectStates.PARTNER_TYPE, partner.text("type"));
        }
        StateTable.Mapped<VirtualInterfaceState> mapped = ConsoleConnectStates.LAYER2.map(raw);
        boolean mine = !Boolean.TRUE.equals(receiver) || Boolean.TRUE.equals(connection.bool("isCreator"));
        String otherCompany = (mine ? connection.record("destCompany") : connection.record("srcCompany")).text("username");
        Integer vlan = mine ? vlan(connection, "srcTag", "srcVlanRequest") : vlan(connection, "destTag", "destVlanRequest");
        return VirtualInterface.builder()
                .provider(ConsoleConnectProvider.ID)
                .id(Answers.id(connection))
                .name(Objects.requireNonNullElse(connection.text("name"), ""))
                .state(mapped.state())
                .requiredAction(mapped.action())
                .operationalStatus(VirtualInterfaceState.ACTIVE == mapped.state() ? Links.ofBoth(
                        connection.record("port").text("linkState"), connection.record("destPort").text("linkState"))
                        : null)
                .providerState(raw)
                .connectionId(connection.text(mine ? "srcPortId" : "destPortId"))
                .routing(RoutingType.NONE)
                .ownerAccount(otherCompany)
                .vlan(vlan)
                .bandwidthMbps(connection.record("speed").integer("value"))
                .createdAt(connection.time("createdAt", ZoneOffset.UTC))
                .attributes(attributes(connection, partner))
                .build();
    }

    private static Integer vlan(JsonRecord connection, String tag, String request) {
        Integer assigned = connection.integer(tag);
        return assigned != null ? assigned : connection.integer(request);
    }

    private static Map<String, String> attributes(JsonRecord connection, JsonRecord partner) {
        Map<String, String> attributes = connection.unmapped(MAPPED);
        Links.put(attributes, "srcCompany", connection.record("srcCompany").text("username"));
        Links.put(attributes, DESTINATION_COMPANY, connection.record("destCompany").text("username"));
        Links.put(attributes, DESTINATION_METRO, connection.record("request").text("destMetroId"));
        Links.put(attributes, "partner.type", partner.text("type"));
        Links.put(attributes, HAND_OFF_CONNECTION, partner.text("connectionId"));
        if (!"AZURE".equals(partner.text("type"))) { // an Azure partner.account is the service key, a secret
            Links.put(attributes, HAND_OFF_ACCOUNT, partner.text("account"));
        }
        return attributes;
    }
}
