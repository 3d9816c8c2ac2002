package io.dclink.provider.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.error.ValidationException;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.pair.Guarantee;
import io.dclink.pair.PairAction;
import io.dclink.pair.PairGuarantees;
import io.dclink.pair.PairRequest;
import io.dclink.pair.PairState;
import io.dclink.pair.RedundantPair;
import io.dclink.pair.RedundantPairs;
import io.dclink.pair.Resilience;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.tencent.TencentEmulator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Redundant pairs on Tencent through the public API: both lines ordered at once (the second naming
 * the first in RedundantDirectConnectId), walked to AVAILABLE by doing the one action the pair asks
 * for at each step, keyed re-runs, and a city with one access point refused before any order.
 */
class TencentPairTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T01:00:00Z");

    private TencentEmulator emulator;
    private DirectConnect client;
    private RedundantPairs pairs;

    private void start(String region) {
        emulator = new TencentEmulator(new EmulatorOptions(0, EmulatorOptions.defaults().keys(), MONDAY, region, null));
        emulator.start();
        client = DirectConnect.builder().provider("tencent").region(emulator.region())
                .credentials(emulator.testCredentials()).endpoint(emulator.baseUri()).clock(emulator.clock()).build();
        pairs = RedundantPairs.of(client);
    }

    @AfterEach
    void stop() {
        client.close();
        emulator.close();
    }

    private static PairRequest request(String name, Resilience resilience, String key) {
        CreateConnectionRequest line = TencentRequests.line(name).toBuilder().circuitCode(null).build();
        return PairRequest.builder().resilience(resilience).line(line).idempotencyKey(key).build();
    }

    /** Does what the pair asks for, one action at a time, recording each step, until both lines are in service. */
    private List<String> walk(RedundantPair start) {
        List<String> steps = new ArrayList<>();
        RedundantPair pair = start;
        for (int i = 0; i < 30; i++) {
            steps.add(step(pair));
            if (pair.state() == PairState.ACTIVE) {
                return steps;
            }
            PairAction action = pair.requiredAction();
            switch (action.action()) {
                case WAIT_FOR_PROVIDER -> emulator.operator().advance(ResourceType.CONNECTION, action.connectionId());
                case PAY -> emulator.operator().markPaid(action.connectionId()); // in the console: Tencent has no API
                default -> fail("unexpected action " + action);
            }
            pair = pairs.get(pair.checkpoint().encode());
        }
        return fail("the pair did not come into service: " + steps);
    }

    private static String step(RedundantPair pair) {
        PairAction action = pair.requiredAction();
        String line = action.connectionId() == null ? "-" : action.connectionId().equals(pair.first().id()) ? "1" : "2";
        return pair.state() + " " + action.action() + " " + action.party() + " " + line;
    }

    @Test
    void aPairOverTwoAccessPointsIsOrderedAsOneAndFollowedToBothLinesAvailable() {
        start(null);
        assertThat(client.provider().capabilities()).contains(Capability.REDUNDANT_PAIR);

        RedundantPair ordered = pairs.create(request("gz-pair", Resilience.TWO_ACCESS_POINTS, "gz-pair-key"));

        assertThat(ordered.plan().accessPointIds()).containsExactly("ap-guangzhou-a-th", "ap-guangzhou-b-kf");
        assertThat(ordered.plan().metro()).isEqualTo("Guangzhou");
        assertThat(ordered.second()).isNotNull();
        assertThat(ordered.second().redundantConnectionId()).isEqualTo(ordered.first().id());
        assertThat(ordered.first().name()).isEqualTo("gz-pair-1");
        assertThat(ordered.second().name()).isEqualTo("gz-pair-2");
        assertThat(walk(ordered)).containsExactly(
                "PROVISIONING WAIT_FOR_PROVIDER PROVIDER 1",
                "PROVISIONING PAY CUSTOMER 1",
                "PROVISIONING WAIT_FOR_PROVIDER PROVIDER 1",
                "PROVISIONING WAIT_FOR_PROVIDER PROVIDER 1",
                "PROVISIONING WAIT_FOR_PROVIDER PROVIDER 2",
                "PROVISIONING PAY CUSTOMER 2",
                "PROVISIONING WAIT_FOR_PROVIDER PROVIDER 2",
                "PROVISIONING WAIT_FOR_PROVIDER PROVIDER 2",
                "ACTIVE NONE NOBODY -");

        RedundantPair active = pairs.get(ordered.checkpoint());
        assertThat(active.lines()).extracting(line -> line.state().name()).containsExactly("ACTIVE", "ACTIVE");
        assertThat(active.guarantees()).isEqualTo(new PairGuarantees(Guarantee.HOLDS, Guarantee.HOLDS, Guarantee.HOLDS));
        assertThat(active.guarantees().give(Resilience.TWO_ACCESS_POINTS)).isTrue();
    }

    @Test
    void aKeyedReRunReturnsTheSamePairAndNeverOrdersAThirdLine() {
        start(null);
        PairRequest request = request("gz-keyed", Resilience.TWO_ACCESS_POINTS, "gz-keyed-pair");
        RedundantPair first = pairs.create(request);
        emulator.operator().approve(first.first().id());

        RedundantPair again = pairs.create(request);
        RedundantPair resumed = pairs.get(first.checkpoint().encode());

        assertThat(again.lines()).extracting(line -> line.id()).containsExactlyElementsOf(
                first.lines().stream().map(line -> line.id()).toList());
        assertThat(resumed.lines()).extracting(line -> line.id()).containsExactlyElementsOf(
                first.lines().stream().map(line -> line.id()).toList());
        assertThat(again.key()).isEqualTo("gz-keyed-pair");
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isEqualTo(2);
        assertThat(emulator.requests().count("CreateDirectConnect")).isEqualTo(2);
    }

    @Test
    void aLineWhoseAnswerIsLostIsFoundByItsKeyAndARepeatOrdersNoThirdLine() {
        start(null);
        PairRequest request = request("gz-lost", Resilience.TWO_ACCESS_POINTS, "gz-lost-pair");
        emulator.faults().reset("CreateDirectConnect", true, 1);

        RedundantPair ordered = pairs.create(request);
        RedundantPair again = pairs.create(request);

        assertThat(emulator.faults().pending()).as("line 1's answer was lost").isZero();
        assertThat(emulator.requests().count("CreateDirectConnect")).as("line 1 sent once, its answer lost; line 2 once")
                .isEqualTo(2);
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isEqualTo(2);
        assertThat(ordered.lines()).extracting(line -> line.name()).containsExactly("gz-lost-1", "gz-lost-2");
        assertThat(ordered.second().redundantConnectionId()).isEqualTo(ordered.first().id());
        assertThat(again.lines()).extracting(line -> line.id()).containsExactlyElementsOf(
                ordered.lines().stream().map(line -> line.id()).toList());
    }

    @Test
    void aPairAtOneAccessPointNamesTheFirstLineAndIsPromisedTwoDevices() {
        start(null);
        RedundantPair pair = pairs.create(request("gz-devices", Resilience.ONE_ACCESS_POINT_TWO_DEVICES, null));

        assertThat(pair.lines()).extracting(line -> line.accessPointId()).containsOnly("ap-guangzhou-a-th");
        assertThat(pair.state()).isEqualTo(PairState.PROVISIONING);
        assertThat(pair.guarantees()).isEqualTo(new PairGuarantees(Guarantee.DOES_NOT_HOLD, Guarantee.PROMISED,
                Guarantee.HOLDS));
        assertThat(pair.guarantees().give(Resilience.ONE_ACCESS_POINT_TWO_DEVICES)).isTrue();
        assertThat(pair.key()).startsWith("dclink-pair-");
    }

    @Test
    void aCityWithOneAccessPointIsRefusedBeforeAnythingIsOrdered() {
        start("ap-chengdu");

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> pairs.create(request("cd-pair", Resilience.TWO_ACCESS_POINTS, "cd-pair").toBuilder()
                        .line(request("cd-pair", Resilience.TWO_ACCESS_POINTS, null).line().toBuilder()
                                .accessPointId(null).build()).build()));

        assertThat(refused).isNotNull();
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("accessPoints");
            assertThat(problem.message()).contains("Chengdu has 1 access point", "ap-chengdu-a-th", "needs 2",
                    "ap-chengdu-c-old takes no orders (UNAVAILABLE)");
        });
        assertThat(emulator.requests().count("CreateDirectConnect")).isZero();
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isZero();
    }

    @Test
    void theFieldsOfOneLineAreRefusedInTheTemplateBeforeAnythingIsSent() {
        start(null);
        int before = emulator.requests().size();
        PairRequest request = PairRequest.builder().resilience(Resilience.ONE_ACCESS_POINT_TWO_DEVICES)
                .line(TencentRequests.line("gz-bad").toBuilder().redundantConnectionId("dc-1").idempotencyKey("k").build())
                .secondAccessPointId("ap-guangzhou-b-kf").idempotencyKey("has space").build();

        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> pairs.create(request));

        assertThat(refused.problems()).extracting(p -> p.field()).containsExactly("line.circuitCode",
                "line.redundantConnectionId", "line.idempotencyKey", "secondAccessPointId", "idempotencyKey");
        assertThat(emulator.requests().size()).isEqualTo(before);
    }

    @Test
    void aCorruptCheckpointIsAValidationError() {
        start(null);

        assertThat(catchThrowableOfType(ValidationException.class, () -> pairs.get("dclink-pair-checkpoint/1\nfirst")))
                .isNotNull().satisfies(e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("checkpoint"));
    }
}
