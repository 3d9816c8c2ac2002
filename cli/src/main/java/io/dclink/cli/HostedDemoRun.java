package io.dclink.cli;

import io.dclink.DirectConnect;
import io.dclink.RateLimitOptions;
import io.dclink.event.StateChangeEvent;
import io.dclink.hosted.HandOff;
import io.dclink.hosted.HostedOrder;
import io.dclink.hosted.HostedOrders;
import io.dclink.hosted.HostedState;
import io.dclink.lifecycle.ResourceType;
import io.dclink.testkit.consoleconnect.ConsoleConnectEmulator;
import io.dclink.testkit.consoleconnect.TencentLanding;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.tencent.TencentEmulator;
import java.time.Duration;
import java.time.Instant;

/**
 * The demo's hosted order: a Console Connect Layer 2 connection landing on Tencent Cloud, ordered
 * as one thing through the public API. The emulators' operators play Console Connect's support
 * team (provisioning by hand, handing over the three values by e-mail) and the shared line's owner
 * (accepting the tunnel); the process "restarts" from the order's checkpoint while it waits for the
 * e-mail. Every step shows the combined state, the one required action, who must act next and who
 * just acted; each side's state changes are shown as its client reports them.
 */
final class HostedDemoRun {

    /** The summary's provider column. */
    static final String NAME = "consoleconnect+tencent";

    private static final RateLimitOptions EMULATOR_RATE = new RateLimitOptions(500);
    private static final Duration LONG = Duration.ofDays(1);

    private final Output out;
    private int steps;

    HostedDemoRun(Output out) {
        this.out = out;
    }

    DemoRun.Summary run() {
        Instant started = Instant.now();
        try (ConsoleConnectEmulator consoleConnect = new ConsoleConnectEmulator(EmulatorOptions.defaults());
                TencentEmulator tencent = new TencentEmulator(EmulatorOptions.defaults())) {
            consoleConnect.start();
            tencent.start();
            out.note("");
            out.note("== Hosted order: Console Connect (consoleconnect) -> Tencent Cloud (tencent), emulated at "
                    + consoleConnect.baseUri() + " and " + tencent.baseUri() + ", region " + tencent.region());
            String sharedLine = null;
            try {
                sharedLine = walk(consoleConnect, tencent);
                return summary("OK", sharedLine, consoleConnect, tencent, started);
            } catch (RuntimeException | AssertionError failure) {
                out.note("   FAILED: " + failure.getMessage());
                return summary("FAILED", sharedLine, consoleConnect, tencent, started);
            }
        }
    }

    private String walk(ConsoleConnectEmulator consoleConnect, TencentEmulator tencent) {
        TencentLanding landing;
        HandOff mailed;
        String checkpoint;
        try (DirectConnect partner = client(consoleConnect.clientBuilder().listener(this::event));
                DirectConnect cloud = client(tencent.clientBuilder().listener(this::event))) {
            landing = new TencentLanding(consoleConnect, tencent, cloud);
            out.note("-- Console Connect's shared line at Tencent: " + landing.sharedLine() + " (account "
                    + TencentLanding.CONSOLE_CONNECTS_ACCOUNT + "); your port " + landing.port());
            out.note("-- each step: state / required action / who acts next: detail -> who acted");
            HostedOrder order = HostedOrders.start(partner, cloud, landing.request("demo-hosted"));
            show(order, "you ordered a Layer 2 connection to tencent-cloud");
            String layer2 = order.partnerSide().orElseThrow().id();
            show(order.refresh(), "dclink read both sides");
            advance(consoleConnect, tencent, Duration.ofDays(3));
            show(order.refresh(), "three days passed");
            mailed = handOff(landing.supportCompletes(layer2, 2345));
            show(order.refresh(), "Console Connect's support provisioned by hand and e-mailed " + mailed);
            advance(consoleConnect, tencent, Duration.ofMinutes(2));
            show(order.waitUntil(HostedState.AWAITING_HAND_OFF, LONG), "dclink waited: Console Connect activated its side");
            checkpoint = order.checkpoint();
            out.note("-- stored the checkpoint (" + checkpoint.lines().count() + " lines) and stopped the process");
        }
        try (DirectConnect partner = client(consoleConnect.clientBuilder().listener(this::event));
                DirectConnect cloud = client(tencent.clientBuilder().listener(this::event))) {
            HostedOrder order = HostedOrders.resume(partner, cloud, checkpoint);
            show(order, "a new process resumed the order from the checkpoint");
            order.provideHandOff(mailed);
            show(order, "you gave the three values from the e-mail");
            String tunnel = order.cloudSide().orElseThrow().id();
            landing.lineOwnerAccepts(tunnel);
            show(order.refresh(), "Console Connect, the shared line's owner, accepted tunnel " + tunnel);
            advance(consoleConnect, tencent, Duration.ofMinutes(5));
            show(order.refresh(), "five minutes passed: Tencent Cloud configured the tunnel");
            tencent.operator().linkUp(ResourceType.VIRTUAL_INTERFACE, tunnel);
            show(order.waitUntil(HostedState.ACTIVE, LONG), "you configured your router: BGP is up");
            show(order.tearDown(), "you tore the order down: the tunnel goes first");
            advance(consoleConnect, tencent, Duration.ofMinutes(1));
            show(order.refresh(), "Tencent Cloud deleted the tunnel");
            advance(consoleConnect, tencent, Duration.ofMinutes(1));
            show(order.waitUntil(HostedState.DELETED, LONG), "Console Connect deleted the Layer 2 connection");
        }
        return landing.sharedLine();
    }

    private static DirectConnect client(io.dclink.DirectConnectBuilder builder) {
        return builder.rateLimit(EMULATOR_RATE).build();
    }

    private static HandOff handOff(io.dclink.testkit.consoleconnect.HandOff mailed) {
        return new HandOff(mailed.providerAccountId(), mailed.sharedConnectionId(), mailed.vlanId());
    }

    private static void advance(ConsoleConnectEmulator consoleConnect, TencentEmulator tencent, Duration time) {
        consoleConnect.clock().advance(time);
        tencent.clock().advance(time);
    }

    private void show(HostedOrder order, String acted) {
        steps++;
        out.note(String.format("   %-20s %-17s %-8s: %s -> %s", order.state(), order.requiredAction(), order.actor(),
                order.status().detail(), acted));
    }

    private void event(StateChangeEvent event) {
        out.note(String.format("     (%s %s: %s -> %s [%s])", event.provider(), event.resourceId(),
                event.from() == null ? "-" : event.from(), event.to(), event.providerState().value()));
    }

    private DemoRun.Summary summary(String result, String sharedLine, ConsoleConnectEmulator consoleConnect,
            TencentEmulator tencent, Instant started) {
        return new DemoRun.Summary(NAME, result, sharedLine == null ? "" : sharedLine, steps, 2, 0,
                consoleConnect.requests().size() + tencent.requests().size(),
                Duration.between(started, Instant.now()).toMillis() / 1000.0);
    }
}
