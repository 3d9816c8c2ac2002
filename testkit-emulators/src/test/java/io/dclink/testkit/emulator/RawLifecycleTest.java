package io.dclink.testkit.emulator;

import static io.dclink.testkit.emulator.LifecycleTrigger.action;
import static io.dclink.testkit.emulator.LifecycleTrigger.after;
import static io.dclink.testkit.emulator.LifecycleTrigger.afterWorkingDays;
import static io.dclink.testkit.emulator.LifecycleTrigger.customerAfter;
import static io.dclink.testkit.emulator.LifecycleTrigger.nextRead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lifecycle table on its own: a store of JSON records, an emulated clock, no emulator. */
class RawLifecycleTest {

    /** A Friday, so that working days cross a weekend. */
    private static final Instant FRIDAY = Instant.parse("2026-11-20T10:00:00Z");

    private final EmulatedClock clock = new EmulatedClock(FRIDAY, ZoneOffset.UTC);
    private final Map<String, ObjectNode> store = new LinkedHashMap<>();
    private final List<RawLifecycle.Transition> entered = new ArrayList<>();

    /** An application reviewed in 2 working days, paid, built in an hour; deleted a minute after asking. */
    private RawLifecycle lines() {
        return RawLifecycle.of("line")
                .row("REVIEW", afterWorkingDays(2), "UNPAID")
                .row("REVIEW", action("approve"), "UNPAID")
                .row("REVIEW", action("reject"), "REJECTED")
                .row("UNPAID", action("markPaid"), "BUILDING")
                .row("BUILDING", after(Duration.ofHours(1)), "LIVE")
                .row("LIVE", action("delete"), "DELETING")
                .row("DELETING", after(Duration.ofMinutes(1)), RawLifecycle.REMOVED)
                .onEntering("LIVE", entered::add)
                .build(store, "status", clock, this);
    }

    private String create(RawLifecycle lifecycle, String id, String state) {
        store.put(id, new ObjectMapper().createObjectNode().put("id", id));
        lifecycle.enter(id, state);
        return id;
    }

    private String status(String id) {
        return store.get(id).get("status").asText();
    }

    @Test
    void aDelayRowIsTakenWhenTheClockPassesItCountingWorkingDays() {
        RawLifecycle lines = lines();
        String id = create(lines, "l-1", "REVIEW");

        clock.advance(Duration.ofDays(3));
        assertThat(status(id)).as("Saturday and Sunday do not count").isEqualTo("REVIEW");
        clock.advance(Duration.ofDays(1));
        assertThat(status(id)).isEqualTo("UNPAID");
    }

    @Test
    void aScheduledStepIsIgnoredOnceTheResourceHasLeftTheState() {
        RawLifecycle lines = lines();
        String id = create(lines, "l-1", "REVIEW");

        lines.fire(id, "reject");
        clock.advanceWorkingDays(2);

        assertThat(status(id)).isEqualTo("REJECTED");
        assertThat(clock.pendingSteps()).isZero();
    }

    @Test
    void anActionTakesItsRowAndEnteringTheNextStateSchedulesItsDelay() {
        RawLifecycle lines = lines();
        String id = create(lines, "l-1", "REVIEW");

        lines.fire(id, "approve");
        lines.fire(id, "markPaid");
        assertThat(status(id)).isEqualTo("BUILDING");
        clock.advance(Duration.ofMinutes(59));
        assertThat(status(id)).isEqualTo("BUILDING");
        clock.advance(Duration.ofMinutes(1));

        assertThat(status(id)).isEqualTo("LIVE");
        assertThat(entered).containsExactly(new RawLifecycle.Transition(id, "BUILDING", "LIVE"));
    }

    @Test
    void anActionTheStateHasNoRowForIsRefusedNamingTheResourceTheStateAndTheAllowedActions() {
        RawLifecycle lines = lines();
        String id = create(lines, "l-1", "REVIEW");

        assertThatThrownBy(() -> lines.fire(id, "markPaid")).isInstanceOf(IllegalStateException.class)
                .hasMessage("line l-1 is REVIEW: 'markPaid' does not apply there; it allows approve, reject");
        assertThatThrownBy(() -> lines.fire(id, "delete", () -> new UnsupportedOperationException("refused")))
                .isInstanceOf(UnsupportedOperationException.class).hasMessage("refused");
        assertThatThrownBy(() -> lines.fire("l-2", "approve")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no line l-2");
        assertThat(status(id)).isEqualTo("REVIEW");
        assertThat(lines.allows(id, "approve")).isTrue();
        assertThat(lines.allows(id, "markPaid")).isFalse();
    }

    @Test
    void advanceTakesTheDelayRowNowAndARemovedResourceLeavesTheStore() {
        RawLifecycle lines = lines();
        String id = create(lines, "l-1", "BUILDING");

        assertThat(lines.advance(id)).isTrue();
        assertThat(status(id)).isEqualTo("LIVE");
        assertThat(lines.advance(id)).as("a live line waits for nobody").isFalse();
        lines.fire(id, "delete");
        lines.advance(id);

        assertThat(store).doesNotContainKey(id);
        clock.advance(Duration.ofHours(2));
        assertThat(entered).hasSize(1);
    }

    @Test
    void advanceLeavesTheCustomersDelayToTheClockAndTakesTheAdvanceRowOfAStateWithoutDelay() {
        RawLifecycle tunnels = RawLifecycle.of("tunnel")
                .row("CONFIGURED", customerAfter(Duration.ofMinutes(25)), "UP")
                .row("ALTERING", action(RawLifecycle.ADVANCE), "UP")
                .build(store, "State", clock, this);
        String waiting = create(tunnels, "t-1", "CONFIGURED");
        String altering = create(tunnels, "t-2", "ALTERING");

        assertThat(tunnels.advance(waiting)).isFalse();
        assertThat(tunnels.advance(altering)).isTrue();
        assertThat(store.get(altering).get("State").asText()).isEqualTo("UP");
        clock.advance(Duration.ofMinutes(25));
        assertThat(store.get(waiting).get("State").asText()).isEqualTo("UP");
    }

    @Test
    void aNextReadRowIsTakenAtTheSecondReadInTheStateOrByAdvance() {
        RawLifecycle entries = RawLifecycle.of("route entry")
                .row("Pending", nextRead(), "Available")
                .row("Available", action("delete"), "Deleting")
                .row("Deleting", nextRead(), RawLifecycle.REMOVED)
                .build(store, "Status", clock, this);
        String id = create(entries, "rte-1", "Pending");

        entries.read(id);
        assertThat(store.get(id).get("Status").asText()).isEqualTo("Pending");
        entries.read(id);
        assertThat(store.get(id).get("Status").asText()).isEqualTo("Available");
        entries.read(id);
        entries.fire(id, "delete");
        entries.read(id);
        assertThat(store.get(id).get("Status").asText()).as("shown as Available before, not yet as Deleting")
                .isEqualTo("Deleting");
        entries.advance(id);
        assertThat(store).doesNotContainKey(id);
        entries.read(id);
    }

    @Test
    void theTableRefusesAmbiguousRowsAndCannotBeChangedOnceBuilt() {
        RawLifecycle.Builder builder = RawLifecycle.of("line").row("REVIEW", afterWorkingDays(2), "UNPAID")
                .row("REVIEW", action("approve"), "UNPAID");

        assertThatThrownBy(() -> builder.row("REVIEW", action("approve"), "REJECTED"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two rows for approve");
        assertThatThrownBy(() -> builder.row("REVIEW", nextRead(), "UNPAID"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two rows");
        assertThatThrownBy(() -> afterWorkingDays(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> after(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        RawLifecycle built = builder.build(store, "status", clock, this);
        builder.row("UNPAID", action("markPaid"), "LIVE");
        assertThat(built.rows()).hasSize(2);
        assertThatThrownBy(() -> built.rows().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(built.actions("REVIEW")).containsExactly("approve");
        assertThat(built.rows().get(0)).hasToString("REVIEW --after 2 working days--> UNPAID");
    }
}
