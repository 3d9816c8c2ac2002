package io.dclink.provider.alibaba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import io.dclink.DirectConnect;
import io.dclink.error.ValidationException;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.Connection;
import io.dclink.model.PaymentOptions;
import io.dclink.pair.Guarantee;
import io.dclink.pair.PairAction;
import io.dclink.pair.PairGuarantees;
import io.dclink.pair.PairOrdering;
import io.dclink.pair.PairRequest;
import io.dclink.pair.PairRequestBuilder;
import io.dclink.pair.PairState;
import io.dclink.pair.PairWaitSpec;
import io.dclink.pair.RedundantPair;
import io.dclink.pair.RedundantPairs;
import io.dclink.pair.Resilience;
import io.dclink.testkit.alibaba.AlibabaEmulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redundant pairs on Alibaba through the public API: the high-reliability order placing both lines
 * at once, and two separate lines where the second names the first once it is Allocated (the
 * documented rule); each walked to Enabled by doing the one action the pair asks for at each step,
 * through the whole self-service flow (LOA, construction report, confirmation, payment).
 */
class AlibabaPairTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T01:00:00Z");
    /** The self-service flow of one line once it is Allocated, one step per action the pair names. */
    private static final List<String> SELF_SERVICE = List.of(
            "APPLY_LOA CUSTOMER", "WAIT_FOR_PROVIDER PROVIDER", "WAIT_FOR_PROVIDER PROVIDER", "CONTACT_CARRIER CUSTOMER",
            "SUBMIT_CONSTRUCTION_REPORT CUSTOMER", "CONFIRM CUSTOMER", "PAY CUSTOMER");

    private AlibabaEmulator emulator;
    private DirectConnect client;
    private RedundantPairs pairs;

    @BeforeEach
    void start() {
        emulator = new AlibabaEmulator(EmulatorOptions.defaults().withClockStart(MONDAY));
        emulator.start();
        client = DirectConnect.builder().provider("alibaba").region(emulator.region())
                .credentials(emulator.testCredentials()).endpoint(emulator.baseUri()).clock(emulator.clock()).build();
        pairs = RedundantPairs.of(client);
    }

    @AfterEach
    void stop() {
        client.close();
        emulator.close();
    }

    private static PairRequestBuilder request(String name, Resilience resilience) {
        return PairRequest.builder().resilience(resilience)
                .line(AlibabaRequests.line(name, null).toBuilder().circuitCode(null).build());
    }

    private List<String> walk(RedundantPair start) {
        List<String> steps = new ArrayList<>();
        RedundantPair pair = start;
        for (int i = 0; i < 40; i++) {
            PairAction action = pair.requiredAction();
            String line = action.connectionId() == null ? "-" : action.connectionId().equals(pair.first().id()) ? "1" : "2";
            steps.add(pair.state() + " " + action.action() + " " + action.party() + " " + line);
            if (pair.state() == PairState.ACTIVE) {
                return steps;
            }
            String id = action.connectionId();
            switch (action.action()) {
                case WAIT_FOR_PROVIDER -> emulator.operator().advance(ResourceType.CONNECTION, id);
                case APPLY_LOA -> client.loas().apply(id, AlibabaRequests.loa());
                case CONTACT_CARRIER -> emulator.operator().completeConstruction(id);
                case SUBMIT_CONSTRUCTION_REPORT -> client.loas().complete(id, AlibabaRequests.report());
                case CONFIRM -> client.connections().confirm(id);
                case PAY -> client.connections().pay(id, PaymentOptions.defaults());
                default -> fail("unexpected action " + action);
            }
            pair = pairs.get(pair.checkpoint().encode());
        }
        return fail("the pair did not come into service: " + steps);
    }

    /** Line {@code n}'s steps from its allocation to Enabled, as the pair reports them. */
    private static Stream<String> selfService(String line) {
        return SELF_SERVICE.stream().map(step -> "PROVISIONING " + step + " " + line);
    }

    @Test
    void theHighReliabilityOrderPlacesBothLinesAndThePairIsFollowedToBothEnabled() {
        RedundantPair ordered = pairs.create(request("hz-pair", Resilience.TWO_ACCESS_POINTS).idempotencyKey("hz-pair")
                .build());

        assertThat(ordered.plan().nativeMode()).isEqualTo("MultiApSingleDevice");
        assertThat(ordered.plan().accessPointIds()).containsExactly("ap-cn-hangzhou-yh-A", "ap-cn-hangzhou-xs-B");
        assertThat(emulator.requests().of("CreateHighReliablePhysicalConnection")).singleElement().satisfies(call -> {
            assertThat(call.request().query("HighReliableType")).isEqualTo("MultiApSingleDevice");
            assertThat(call.request().query("ApList.2.AccessPointId")).isEqualTo("ap-cn-hangzhou-xs-B");
            assertThat(call.request().query("ClientToken")).isEqualTo("hz-pair-order");
        });
        assertThat(emulator.requests().count("CreatePhysicalConnection")).isZero();
        List<String> expected = new ArrayList<>(List.of("PROVISIONING WAIT_FOR_PROVIDER PROVIDER 1",
                "PROVISIONING WAIT_FOR_PROVIDER PROVIDER 1"));
        selfService("1").forEach(expected::add);
        expected.addAll(List.of("PROVISIONING WAIT_FOR_PROVIDER PROVIDER 2", "PROVISIONING WAIT_FOR_PROVIDER PROVIDER 2"));
        selfService("2").forEach(expected::add);
        expected.add("ACTIVE NONE NOBODY -");
        assertThat(walk(ordered)).containsExactlyElementsOf(expected);

        RedundantPair active = pairs.waitUntil(ordered.checkpoint(), PairWaitSpec.untilActive()
                .polling(Duration.ofMillis(1), Duration.ofMillis(5)));
        assertThat(active.lines()).extracting(line -> line.providerState().value()).containsExactly("Enabled", "Enabled");
        assertThat(active.guarantees()).isEqualTo(new PairGuarantees(Guarantee.HOLDS, Guarantee.HOLDS,
                Guarantee.NOT_REPORTED));
    }

    @Test
    void aKeyedReRunOfTheNativeOrderReturnsTheSamePair() {
        PairRequest request = request("hz-again", Resilience.TWO_ACCESS_POINTS).idempotencyKey("hz-again").build();
        RedundantPair first = pairs.create(request);

        RedundantPair again = pairs.create(request);

        assertThat(again.lines()).extracting(Connection::id).containsExactlyElementsOf(
                first.lines().stream().map(Connection::id).toList());
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isEqualTo(2);
    }

    @Test
    void twoDevicesAtOneAccessPointAreOrderedNativelyAndPromised() {
        RedundantPair pair = pairs.create(request("hz-devices", Resilience.ONE_ACCESS_POINT_TWO_DEVICES).build());

        assertThat(pair.plan().nativeMode()).isEqualTo("SingleApMultiDevice");
        assertThat(pair.lines()).extracting(Connection::accessPointId).containsOnly("ap-cn-hangzhou-yh-A");
        assertThat(pair.lines()).extracting(Connection::name).containsExactly("hz-devices", "hz-devices");
        assertThat(pair.guarantees()).isEqualTo(new PairGuarantees(Guarantee.DOES_NOT_HOLD, Guarantee.PROMISED,
                Guarantee.NOT_REPORTED));
    }

    @Test
    void separateLinesWaitForTheFirstToBeAllocatedThenTheSecondNamesIt() {
        PairRequest request = request("hz-sep", Resilience.TWO_ACCESS_POINTS).ordering(PairOrdering.SEPARATE_LINES)
                .idempotencyKey("hz-sep").build();
        RedundantPair ordered = pairs.create(request);

        assertThat(ordered.state()).isEqualTo(PairState.ORDERING);
        assertThat(ordered.second()).isNull();
        assertThat(ordered.requiredAction().description()).contains("the second line is ordered once "
                + ordered.first().id() + " is Allocated or Confirmed or Enabled");
        assertThat(pairs.create(request).lines()).extracting(Connection::id).containsExactly(ordered.first().id());

        List<String> expected = new ArrayList<>(List.of("ORDERING WAIT_FOR_PROVIDER PROVIDER 1",
                "ORDERING WAIT_FOR_PROVIDER PROVIDER 1"));
        selfService("1").forEach(expected::add);
        expected.addAll(List.of("PROVISIONING WAIT_FOR_PROVIDER PROVIDER 2", "PROVISIONING WAIT_FOR_PROVIDER PROVIDER 2"));
        selfService("2").forEach(expected::add);
        expected.add("ACTIVE NONE NOBODY -");
        assertThat(walk(ordered)).containsExactlyElementsOf(expected);

        RedundantPair active = pairs.get(pairs.create(request).checkpoint());
        assertThat(active.second().redundantConnectionId()).isEqualTo(active.first().id());
        assertThat(active.guarantees()).isEqualTo(new PairGuarantees(Guarantee.HOLDS, Guarantee.HOLDS, Guarantee.HOLDS));
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isEqualTo(2);
        // the keyed re-runs repeat each line's ClientToken, which the service answers without a new line
        assertThat(emulator.requests().of("CreatePhysicalConnection")).extracting(call -> call.request()
                .query("ClientToken") + " " + call.request().query("RedundantPhysicalConnectionId"))
                .containsOnly("hz-sep-1 null", "hz-sep-2 " + active.first().id());
    }

    @Test
    void twoDevicesAtOneAccessPointAreNotOrderedAsSeparateLines() {
        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> pairs.create(
                request("hz-no", Resilience.ONE_ACCESS_POINT_TWO_DEVICES).ordering(PairOrdering.SEPARATE_LINES).build()));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("ordering");
            assertThat(problem.message()).contains("only through its native order (SingleApMultiDevice)");
        });
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isZero();
    }

    @Test
    void aPortTypeTheHighReliabilityOrderDoesNotTakeIsRefusedBeforeAnythingIsOrdered() {
        PairRequest request = request("hz-copper", Resilience.TWO_ACCESS_POINTS).build();
        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> pairs.create(request.toBuilder()
                .line(request.line().toBuilder().portType("1000Base-T").build()).build()));

        assertThat(refused.problems()).extracting(p -> p.field()).contains("accessPoints[0].portType");
        assertThat(emulator.requests().count("CreateHighReliablePhysicalConnection")).isZero();
    }

    @Test
    void aDisabledSecondAccessPointIsRefusedWithTheReason() {
        PairRequest request = request("hz-off", Resilience.TWO_ACCESS_POINTS)
                .secondAccessPointId("ap-cn-hangzhou-old-C").build();

        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> pairs.plan(request));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("secondAccessPointId");
            assertThat(problem.message()).contains("ap-cn-hangzhou-old-C takes no orders (UNAVAILABLE)");
        });
    }
}
