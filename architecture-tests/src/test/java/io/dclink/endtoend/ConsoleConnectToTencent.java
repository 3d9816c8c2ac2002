package io.dclink.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.DirectConnect;
import io.dclink.event.StateChangeEvent;
import io.dclink.hosted.HostedOrder;
import io.dclink.hosted.HostedParty;
import io.dclink.hosted.HostedState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.testkit.consoleconnect.ConsoleConnectEmulator;
import io.dclink.testkit.consoleconnect.TencentLanding;
import io.dclink.testkit.junit.EmulatorPair;
import io.dclink.testkit.tencent.TencentEmulator;
import java.util.List;

/** The two emulators of a test, the landing they play, and clients as a restarted process builds them. */
final class ConsoleConnectToTencent {

    final ConsoleConnectEmulator consoleConnect;
    final TencentEmulator tencent;
    final TencentLanding landing;

    ConsoleConnectToTencent(EmulatorPair pair) {
        this.consoleConnect = pair.partnerEmulator(ConsoleConnectEmulator.class);
        this.tencent = pair.cloudEmulator(TencentEmulator.class);
        this.landing = new TencentLanding(consoleConnect, tencent, pair.cloud());
    }

    /** A fresh client of Console Connect's emulator. */
    DirectConnect restartedPartner(List<StateChangeEvent> events) {
        return consoleConnect.clientBuilder().listener(events::add).build();
    }

    /** A fresh client of Tencent's emulator. */
    DirectConnect restartedCloud(List<StateChangeEvent> events) {
        return tencent.clientBuilder().listener(events::add).build();
    }

    static void step(HostedOrder order, HostedState state, RequiredAction action, HostedParty actor) {
        assertThat(order.state()).as(order.status().toString()).isEqualTo(state);
        assertThat(order.requiredAction()).as(order.status().toString()).isEqualTo(action);
        assertThat(order.actor()).as(order.status().toString()).isEqualTo(actor);
    }
}
