package io.dclink.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.DirectConnect;
import io.dclink.event.StateChangeEvent;
import io.dclink.hosted.HostedOrder;
import io.dclink.hosted.HostedOrderRequest;
import io.dclink.hosted.HostedParty;
import io.dclink.hosted.HostedState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.BgpPeering;
import io.dclink.model.Connection;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.Gateway;
import io.dclink.model.RoutingType;
import io.dclink.testkit.consoleconnect.ConsoleConnectEmulator;
import io.dclink.testkit.tencent.TencentEmulator;
import io.dclink.testkit.junit.EmulatorPair;
import java.util.List;
import java.util.Map;

/**
 * The world of a Console Connect Layer 2 connection landing on Tencent Cloud, as the emulators play
 * it: the customer's Hong Kong port at Console Connect, Console Connect's shared line at Tencent
 * (owned by its account there), and a DC gateway on the customer's VPC.
 */
final class ConsoleConnectToTencent {

    /** Console Connect's account at Tencent Cloud, which owns the shared line. */
    static final String CONSOLE_CONNECTS_ACCOUNT = "200000000100";
    /** The Hong Kong metro, where tencent-cloud takes Layer 2 connections. */
    static final String HONG_KONG = "5c0a00000000000000000001";

    final ConsoleConnectEmulator consoleConnect;
    final TencentEmulator tencent;
    final String sharedLine;
    final String port;
    final Gateway gateway;

    ConsoleConnectToTencent(EmulatorPair pair) {
        this.consoleConnect = pair.partnerEmulator(ConsoleConnectEmulator.class);
        this.tencent = pair.cloudEmulator(TencentEmulator.class);
        this.sharedLine = tencent.sharedLine(CONSOLE_CONNECTS_ACCOUNT);
        this.port = pair.partner().connections().list().stream().filter(p -> p.name().startsWith("HKG-MEGA-I"))
                .map(Connection::id).findFirst().orElseThrow();
        this.gateway = pair.cloud().gateways().create(tencent.sampleOrder().gateway("hosted-gw").orElseThrow());
    }

    /** The order: a 100 Mbps Layer 2 connection to tencent-cloud, and a BGP tunnel without the hand-off values. */
    HostedOrderRequest request(String key) {
        CreateVirtualInterfaceRequest layer2 = CreateVirtualInterfaceRequest.builder().name("hosted-" + key)
                .connectionId(port).ownerAccount(ConsoleConnectEmulator.TENCENT_CLOUD).routing(RoutingType.NONE)
                .bandwidthMbps(100).vlan(300).providerOptions(Map.of("destMetroId", HONG_KONG)).build();
        CreateVirtualInterfaceRequest tunnel = tencent.sampleOrder().virtualInterface("unused", gateway, 1).toBuilder()
                .name("hosted-tunnel").connectionId(null).vlan(null).bgp(BgpPeering.customer(65_010, null)).build();
        return new HostedOrderRequest(layer2, tunnel, key);
    }

    /** The support team's hand-off for this world. */
    io.dclink.testkit.consoleconnect.HandOff support(int vlan) {
        return new io.dclink.testkit.consoleconnect.HandOff(CONSOLE_CONNECTS_ACCOUNT, sharedLine, vlan);
    }

    /** A fresh client of Console Connect's emulator, as a restarted process builds it. */
    DirectConnect restartedPartner(List<StateChangeEvent> events) {
        return consoleConnect.clientBuilder().listener(events::add).build();
    }

    /** A fresh client of Tencent's emulator, as a restarted process builds it. */
    DirectConnect restartedCloud(List<StateChangeEvent> events) {
        return tencent.clientBuilder().listener(events::add).build();
    }

    static void step(HostedOrder order, HostedState state, RequiredAction action, HostedParty actor) {
        assertThat(order.state()).as(order.status().toString()).isEqualTo(state);
        assertThat(order.requiredAction()).as(order.status().toString()).isEqualTo(action);
        assertThat(order.actor()).as(order.status().toString()).isEqualTo(actor);
    }
}
