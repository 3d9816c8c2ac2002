package io.dclink.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.LoaState;
import io.dclink.lifecycle.Operation;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.StateTransition;
import io.dclink.lifecycle.TransitionKind;
import io.dclink.lifecycle.VirtualInterfaceState;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class LifecycleModelTest {

    /** Every state against every observed state, for every resource type. */
    @TestFactory
    Stream<DynamicTest> everyObservationIsClassifiedConsistentlyWithTheLegalPaths() {
        return AllModels.standard().stream().flatMap(LifecycleModelTest::observationTests);
    }

    private static <S extends Enum<S> & LifecycleState> Stream<DynamicTest> observationTests(LifecycleModel<S> model) {
        ObservationOracle<S> oracle = new ObservationOracle<>(model);
        List<DynamicTest> tests = new ArrayList<>();
        for (S observed : model.states()) {
            tests.add(dynamicTest(name(model) + ": first sight of " + observed, () -> assertThat(
                    model.observe(null, observed).kind()).isEqualTo(TransitionKind.FIRST_OBSERVATION)));
            for (S previous : model.states()) {
                tests.add(dynamicTest(name(model) + ": " + previous + " -> " + observed,
                        () -> checkObservation(model, oracle, previous, observed)));
            }
        }
        return tests.stream();
    }

    private static <S extends Enum<S> & LifecycleState> void checkObservation(
            LifecycleModel<S> model, ObservationOracle<S> oracle, S previous, S observed) {
        StateTransition<S> transition = model.observe(previous, observed);
        assertThat(transition.from()).isEqualTo(previous);
        assertThat(transition.to()).isEqualTo(observed);
        int distance = oracle.distance(previous, observed);
        TransitionKind expected;
        if (previous == observed) {
            expected = TransitionKind.NO_CHANGE;
        } else if (observed.isUnknown()) {
            expected = TransitionKind.UNRECOGNISED;
        } else if (previous.isUnknown()) {
            expected = TransitionKind.RECOVERED;
        } else if (distance == 1) {
            expected = TransitionKind.EXPECTED;
        } else if (distance < ObservationOracle.UNREACHABLE) {
            expected = TransitionKind.SKIPPED;
        } else {
            expected = TransitionKind.ANOMALY;
        }
        assertThat(transition.kind()).isEqualTo(expected);
        assertThat(transition.isAnomaly()).isEqualTo(expected == TransitionKind.ANOMALY);
        if (expected == TransitionKind.SKIPPED) {
            List<S> path = new ArrayList<>();
            path.add(previous);
            path.addAll(transition.skipped());
            path.add(observed);
            assertThat(path).hasSize(distance + 1);
            for (int i = 0; i + 1 < path.size(); i++) {
                assertThat(model.isLegal(path.get(i), path.get(i + 1)))
                        .as("step %s -> %s of the reported path", path.get(i), path.get(i + 1)).isTrue();
            }
        } else {
            assertThat(transition.skipped()).isEmpty();
        }
    }

    /** Structural rules every lifecycle obeys, checked for every state of every resource type. */
    @TestFactory
    Stream<DynamicTest> everyLifecycleIsWellFormed() {
        return AllModels.standard().stream().flatMap(LifecycleModelTest::invariantTests);
    }

    private static <S extends Enum<S> & LifecycleState> Stream<DynamicTest> invariantTests(LifecycleModel<S> model) {
        Set<S> reachable = model.reachableFrom(model.initialStates());
        List<DynamicTest> tests = new ArrayList<>();
        for (S state : model.states()) {
            tests.add(dynamicTest(name(model) + ": " + state, () -> {
                assertThat(model.requiredAction(state)).isNotNull();
                if (state.isUnknown()) {
                    assertThat(model.requiredAction(state)).isEqualTo(RequiredAction.UNKNOWN);
                    assertThat(model.allowedOperations(state)).isEqualTo(EnumSet.allOf(Operation.class));
                    assertThat(model.successors(state)).isEmpty();
                    return;
                }
                assertThat(reachable).as("reachable from the initial states").contains(state);
                if (model.isTerminal(state)) {
                    assertThat(model.reachableFrom(Set.of(state)))
                            .as("only clean-up follows a terminal state")
                            .allMatch(next -> model.isTerminal(next) || next.name().equals("DELETING"));
                } else {
                    assertThat(model.reachableFrom(Set.of(state)))
                            .as("a non-terminal state can still end").anyMatch(model::isTerminal);
                }
                if (model.allows(state, Operation.DELETE)) {
                    assertThat(model.successors(state)).as("a deletable state can be left by deletion")
                            .anyMatch(next -> next.name().equals("DELETING") || next.name().equals("DELETED"));
                }
                if (model.successors(state).isEmpty()) {
                    assertThat(model.allowedOperations(state)).as("nothing can be done where nothing follows").isEmpty();
                }
            }));
        }
        return tests.stream();
    }

    private static String name(LifecycleModel<?> model) {
        return model.stateType().getSimpleName();
    }

    @Test
    void theDesignsExamplesAreClassifiedAsIntended() {
        LifecycleModel<ConnectionState> connection = StandardLifecycles.connection();

        assertThat(connection.observe(ConnectionState.ACTIVE, ConnectionState.PENDING_APPROVAL).isAnomaly()).isTrue();
        assertThat(connection.observe(ConnectionState.DELETED, ConnectionState.ACTIVE).isAnomaly()).isTrue();
        assertThat(connection.observe(ConnectionState.PENDING_APPROVAL, ConnectionState.ACTIVE).kind())
                .isEqualTo(TransitionKind.SKIPPED);
        assertThat(connection.observe(ConnectionState.PENDING_APPROVAL, ConnectionState.ACTIVE).skipped()).hasSize(1);
        assertThat(connection.observe(ConnectionState.PENDING_PAYMENT, ConnectionState.ACTIVE).kind())
                .isEqualTo(TransitionKind.EXPECTED);
        assertThat(connection.observe(ConnectionState.ACTIVE, ConnectionState.ACTIVE).isChange()).isFalse();
        assertThat(StandardLifecycles.virtualInterface()
                .observe(VirtualInterfaceState.PENDING, VirtualInterfaceState.PENDING_ACCEPTANCE).kind())
                .isEqualTo(TransitionKind.EXPECTED);
        assertThat(StandardLifecycles.loa().observe(LoaState.COMPLETED, LoaState.IN_REVIEW).isAnomaly()).isTrue();
    }

    @Test
    void aGateNamesTheStateTheOperationAndWhereItIsAllowed() {
        var context = io.dclink.error.ErrorContext.of("p");
        LifecycleModel<VirtualInterfaceState> vif = StandardLifecycles.virtualInterface();

        vif.requireAllowed(VirtualInterfaceState.PENDING_ACCEPTANCE, Operation.ACCEPT, "tunnel t", context);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> vif.requireAllowed(VirtualInterfaceState.ACTIVE, Operation.ACCEPT, "tunnel t", context))
                .isInstanceOf(io.dclink.error.InvalidStateException.class)
                .hasMessageStartingWith("Tunnel t is ACTIVE; accept is allowed only in [PENDING_ACCEPTANCE]. Nothing was sent")
                .hasMessageContaining("provider=p");
    }

    @Test
    void refinementsChangeOnlyWhatTheySay() {
        LifecycleModel<ConnectionState> standard = StandardLifecycles.connection();
        LifecycleModel<ConnectionState> refined = standard.refine(io.dclink.spi.LifecycleRefinement.of(ConnectionState.class)
                .terminal(ConnectionState.REJECTED)
                .removeTransition(ConnectionState.REJECTED, ConnectionState.PENDING_APPROVAL)
                .addTransition(ConnectionState.PENDING_APPROVAL, ConnectionState.ACTIVE)
                .deny(ConnectionState.REJECTED, Operation.UPDATE)
                .allow(ConnectionState.PENDING_APPROVAL, Operation.DELETE)
                .requiredAction(ConnectionState.REJECTED, RequiredAction.NONE)
                .build());

        assertThat(refined.isTerminal(ConnectionState.REJECTED)).isTrue();
        assertThat(refined.isLegal(ConnectionState.REJECTED, ConnectionState.PENDING_APPROVAL)).isFalse();
        assertThat(refined.observe(ConnectionState.PENDING_APPROVAL, ConnectionState.ACTIVE).kind())
                .isEqualTo(TransitionKind.EXPECTED);
        assertThat(refined.allows(ConnectionState.REJECTED, Operation.UPDATE)).isFalse();
        assertThat(refined.allows(ConnectionState.PENDING_APPROVAL, Operation.DELETE)).isTrue();
        assertThat(refined.requiredAction(ConnectionState.REJECTED)).isEqualTo(RequiredAction.NONE);
        for (ConnectionState state : ConnectionState.values()) {
            if (state != ConnectionState.REJECTED && state != ConnectionState.PENDING_APPROVAL) {
                assertThat(refined.successors(state)).as("%s", state).isEqualTo(standard.successors(state));
                assertThat(refined.allowedOperations(state)).as("%s", state).isEqualTo(standard.allowedOperations(state));
                assertThat(refined.requiredAction(state)).isEqualTo(standard.requiredAction(state));
            }
        }
        assertThat(standard.isTerminal(ConnectionState.REJECTED)).as("the standard model is untouched").isFalse();
    }

    @Test
    void aRefinementOfAnotherLifecycleIsRefused() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        LifecycleModel<ConnectionState> connection = (LifecycleModel) StandardLifecycles.connection();
        @SuppressWarnings({"unchecked", "rawtypes"})
        io.dclink.spi.LifecycleRefinement<ConnectionState> other = (io.dclink.spi.LifecycleRefinement)
                io.dclink.spi.LifecycleRefinement.of(LoaState.class).terminal(LoaState.ISSUED).build();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> connection.refine(other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("refinement of LoaState applied to ConnectionState");
    }
}
