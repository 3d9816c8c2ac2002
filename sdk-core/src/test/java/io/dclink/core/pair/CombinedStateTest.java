package io.dclink.core.pair;

import static io.dclink.core.pair.Lines.line;
import static io.dclink.lifecycle.ConnectionState.ACTIVE;
import static io.dclink.lifecycle.ConnectionState.CANCELLED;
import static io.dclink.lifecycle.ConnectionState.FAILED;
import static io.dclink.lifecycle.ConnectionState.PENDING_APPROVAL;
import static io.dclink.lifecycle.ConnectionState.PENDING_LOA;
import static io.dclink.lifecycle.ConnectionState.PENDING_PAYMENT;
import static io.dclink.lifecycle.ConnectionState.PROVISIONING;
import static io.dclink.lifecycle.ConnectionState.REJECTED;
import static io.dclink.lifecycle.ConnectionState.SUSPENDED;
import static io.dclink.lifecycle.ConnectionState.UNKNOWN;
import static io.dclink.lifecycle.RequiredAction.APPLY_LOA;
import static io.dclink.lifecycle.RequiredAction.CONTACT_PROVIDER;
import static io.dclink.lifecycle.RequiredAction.NONE;
import static io.dclink.lifecycle.RequiredAction.PAY;
import static io.dclink.lifecycle.RequiredAction.RESUBMIT;
import static io.dclink.lifecycle.RequiredAction.WAIT_FOR_PARTNER;
import static io.dclink.lifecycle.RequiredAction.WAIT_FOR_PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.lifecycle.Party;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.Connection;
import io.dclink.pair.PairState;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The combined state and the one action, as documented in docs/architecture.md. */
class CombinedStateTest {

    private static String of(Connection first, Connection second) {
        CombinedState combined = CombinedState.of(first, second, Set.of("Allocated"));
        return combined.state() + " " + combined.action().action() + " " + combined.action().connectionId();
    }

    @Test
    void whileTheSecondLineIsNotOrderedThePairWaitsOnTheFirst() {
        CombinedState ordering = CombinedState.of(line("a", PROVISIONING, WAIT_FOR_PROVIDER), null, Set.of("Allocated"));

        assertThat(ordering.state()).isEqualTo(PairState.ORDERING);
        assertThat(ordering.action().connectionId()).isEqualTo("a");
        assertThat(ordering.action().party()).isEqualTo(Party.PROVIDER);
        assertThat(ordering.action().description()).endsWith("the second line is ordered once a is Allocated");
        assertThat(of(line("a", FAILED, CONTACT_PROVIDER), null)).isEqualTo("FAILED CONTACT_PROVIDER a");
        assertThat(of(line("a", UNKNOWN, RequiredAction.UNKNOWN), null)).isEqualTo("UNKNOWN UNKNOWN a");
    }

    @Test
    void theCustomersActionComesFirstThenAPartnersThenTheProvidersAndTheFirstLineBeforeTheSecond() {
        assertThat(of(line("a", PENDING_APPROVAL, WAIT_FOR_PROVIDER), line("b", PENDING_PAYMENT, PAY)))
                .isEqualTo("PROVISIONING PAY b");
        assertThat(of(line("a", PENDING_PAYMENT, PAY), line("b", PENDING_LOA, APPLY_LOA)))
                .isEqualTo("PROVISIONING PAY a");
        assertThat(of(line("a", PROVISIONING, WAIT_FOR_PROVIDER), line("b", PROVISIONING, WAIT_FOR_PARTNER)))
                .isEqualTo("PROVISIONING WAIT_FOR_PARTNER b");
        assertThat(of(line("a", ACTIVE, NONE), line("b", PROVISIONING, WAIT_FOR_PROVIDER)))
                .isEqualTo("PROVISIONING WAIT_FOR_PROVIDER b");
        assertThat(of(line("a", REJECTED, RESUBMIT), line("b", PROVISIONING, WAIT_FOR_PROVIDER)))
                .isEqualTo("PROVISIONING RESUBMIT a");
    }

    @Test
    void bothLinesInServiceMakeThePairActive() {
        assertThat(of(line("a", ACTIVE, NONE), line("b", ACTIVE, NONE))).isEqualTo("ACTIVE NONE null");
        assertThat(of(line("a", ACTIVE, NONE), line("b", ACTIVE, WAIT_FOR_PROVIDER)))
                .isEqualTo("ACTIVE WAIT_FOR_PROVIDER b");
    }

    @Test
    void aLostOrSuspendedLineDegradesAnActivePairAndFailsOneNotYetInService() {
        assertThat(of(line("a", ACTIVE, NONE), line("b", SUSPENDED, PAY))).isEqualTo("DEGRADED PAY b");
        assertThat(of(line("a", ACTIVE, NONE), line("b", FAILED, CONTACT_PROVIDER)))
                .isEqualTo("DEGRADED CONTACT_PROVIDER b");
        assertThat(of(line("a", CANCELLED, NONE), line("b", PROVISIONING, WAIT_FOR_PROVIDER))).isEqualTo("FAILED NONE a");
        assertThat(of(line("a", PROVISIONING, WAIT_FOR_PROVIDER), line("b", REJECTED, NONE))).isEqualTo("FAILED NONE b");
        assertThat(of(line("a", SUSPENDED, PAY), line("b", PROVISIONING, WAIT_FOR_PROVIDER)))
                .isEqualTo("PROVISIONING PAY a");
    }

    @Test
    void anUnknownLineMakesThePairUnknown() {
        assertThat(of(line("a", ACTIVE, NONE), line("b", UNKNOWN, RequiredAction.UNKNOWN))).isEqualTo("UNKNOWN UNKNOWN b");
    }
}
