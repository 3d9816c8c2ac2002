package io.dclink.provider.jdcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import io.dclink.DirectConnect;
import io.dclink.RateLimitOptions;
import io.dclink.RetryOptions;
import io.dclink.error.ValidationException;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.Connection;
import io.dclink.pair.Guarantee;
import io.dclink.pair.PairAction;
import io.dclink.pair.PairGuarantees;
import io.dclink.pair.PairRequest;
import io.dclink.pair.PairState;
import io.dclink.pair.RedundantPair;
import io.dclink.pair.RedundantPairs;
import io.dclink.pair.Resilience;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.jdcloud.JdCloudEmulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Redundant pairs on JD Cloud through the public API: two lines at the two locations of
 * {@code cn-north-1} (JD takes no redundant line, so they are ordered side by side), walked to
 * {@code Active} by doing the one action the pair asks for at each step; a keyed re-run; a region
 * with one location refused before any order; a pair at one location refused as JD cannot promise
 * two devices.
 */
class JdCloudPairTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T01:00:00Z");

    private JdCloudEmulator emulator;
    private DirectConnect client;
    private RedundantPairs pairs;

    private void start(String region) {
        emulator = new JdCloudEmulator(new EmulatorOptions(0, EmulatorOptions.defaults().keys(), MONDAY, region, null));
        emulator.start();
        client = DirectConnect.builder().provider("jdcloud").region(emulator.region()).credentials(emulator.testCredentials())
                .endpoint(emulator.baseUri()).clock(emulator.clock())
                .retry(new RetryOptions(4, Duration.ofMillis(1), Duration.ofMillis(20)))
                .rateLimit(new RateLimitOptions(10_000)).idempotencyWindow(Duration.ofMillis(300)).build();
        pairs = RedundantPairs.of(client);
    }

    @AfterEach
    void stop() {
        client.close();
        emulator.close();
    }

    private static PairRequest request(String name, Resilience resilience, String key) {
        return PairRequest.builder().resilience(resilience).line(JdRequests.line(name).toBuilder().accessPointId(null).build())
                .idempotencyKey(key).build();
    }

    private List<String> walk(RedundantPair start) {
        List<String> steps = new ArrayList<>();
        RedundantPair pair = start;
        for (int i = 0; i < 30; i++) {
            PairAction action = pair.requiredAction();
            String line = action.connectionId() == null ? "-" : action.connectionId().equals(pair.first().id()) ? "1" : "2";
            steps.add(pair.state() + " " + action.action() + " " + action.party() + " " + line);
            if (pair.state() == PairState.ACTIVE) {
                return steps;
            }
            switch (action.action()) {
                case WAIT_FOR_PROVIDER -> emulator.operator().advance(ResourceType.CONNECTION, action.connectionId());
                case PAY -> emulator.operator().markPaid(action.connectionId()); // in the console, or autoPay
                case CONTACT_CARRIER -> emulator.operator().completeConstruction(action.connectionId());
                case CONFIRM -> client.connections().confirm(action.connectionId());
                default -> fail("unexpected action " + action);
            }
            pair = pairs.get(pair.checkpoint());
        }
        return fail("the pair did not come into service: " + steps);
    }

    @Test
    void aPairOverTheRegionsTwoLocationsIsFollowedToBothLinesActive() {
        start(null);

        RedundantPair ordered = pairs.create(request("bj-pair", Resilience.TWO_ACCESS_POINTS, "bj-pair-key"));

        assertThat(ordered.plan().accessPointIds()).containsExactly("bj-lf-a", "bj-yz-b");
        assertThat(ordered.second().redundantConnectionId()).isNull();
        assertThat(walk(ordered)).containsExactly(
                "PROVISIONING WAIT_FOR_PROVIDER PROVIDER 1",
                "PROVISIONING PAY CUSTOMER 1",
                "PROVISIONING CONTACT_CARRIER CUSTOMER 1",
                "PROVISIONING CONFIRM CUSTOMER 1",
                "PROVISIONING WAIT_FOR_PROVIDER PROVIDER 2",
                "PROVISIONING PAY CUSTOMER 2",
                "PROVISIONING CONTACT_CARRIER CUSTOMER 2",
                "PROVISIONING CONFIRM CUSTOMER 2",
                "ACTIVE NONE NOBODY -");
        RedundantPair active = pairs.get(ordered.checkpoint().encode());
        assertThat(active.guarantees()).isEqualTo(new PairGuarantees(Guarantee.HOLDS, Guarantee.HOLDS,
                Guarantee.NOT_REPORTED));
    }

    @Test
    void aKeyedReRunReturnsTheSamePair() {
        start(null);
        PairRequest request = request("bj-keyed", Resilience.TWO_ACCESS_POINTS, "bj-keyed-pair");
        RedundantPair first = pairs.create(request);

        RedundantPair again = pairs.create(request);

        assertThat(again.lines()).extracting(Connection::id).containsExactlyElementsOf(
                first.lines().stream().map(Connection::id).toList());
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isEqualTo(2);
    }

    @Test
    void aRegionWithOneLocationIsRefusedBeforeAnythingIsOrdered() {
        start("cn-east-1");

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> pairs.create(request("sq-pair", Resilience.TWO_ACCESS_POINTS, "sq-pair")));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("accessPoints");
            assertThat(problem.message()).contains("cn-east-1 has 1 access point", "sq-a", "needs 2");
        });
        assertThat(emulator.requests().count("createConnection")).isZero();
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isZero();
    }

    @Test
    void aPairAtOneLocationIsRefusedForJdCannotPromiseTwoDevices() {
        start(null);

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> pairs.plan(request("bj-one", Resilience.ONE_ACCESS_POINT_TWO_DEVICES, null)));

        assertThat(refused.problems()).extracting(p -> p.field()).containsExactly("resilience");
        assertThat(pairs.rules().resiliences()).containsExactly(Resilience.TWO_ACCESS_POINTS);
    }
}
