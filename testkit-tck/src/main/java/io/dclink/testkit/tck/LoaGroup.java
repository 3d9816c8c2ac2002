package io.dclink.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.lifecycle.LoaState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.Connection;
import io.dclink.model.Loa;
import io.dclink.testkit.emulator.Operator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Letters of authorisation: applied for, rejected, applied for again, issued and completed. */
public interface LoaGroup extends KitGroup {

    /** Checks that letters of authorisation are applied for, rejected, re-applied for, issued and completed. */
    @Test
    @DisplayName("are applied for, rejected, re-applied for, issued and completed")
    default void loaLifecycle() {
        KitFixture kit = kit();
        if (!kit.declares(Capability.CONNECTION_CREATE, Capability.LOA_APPLY, Capability.LOA_REAPPLY, Capability.LOA_GET)) {
            return;
        }
        DirectConnect client = kit.client();
        Operator operator = kit.emulator().operator();
        Connection created = client.connections().create(kit.connectionRequest("tck-loa"));
        kit.walker().walkConnection(created.id(), c -> c.requiredAction() == RequiredAction.APPLY_LOA);

        Loa none = client.loas().get(created.id());
        assertThat(none.state()).isEqualTo(LoaState.NOT_REQUESTED);
        assertThat(none.requiredAction()).isEqualTo(RequiredAction.APPLY_LOA);

        assertThat(client.loas().apply(created.id(), kit.loaApplication()).state()).isEqualTo(LoaState.IN_REVIEW);
        operator.rejectLoa(created.id(), "engineer's document unreadable");
        Loa rejected = client.loas().get(created.id());
        assertThat(rejected.state()).isEqualTo(LoaState.REJECTED);
        assertThat(rejected.requiredAction()).isEqualTo(RequiredAction.RESUBMIT);

        assertThat(client.loas().apply(created.id(), kit.loaApplication()).state()).isEqualTo(LoaState.IN_REVIEW);
        operator.issueLoa(created.id());
        Loa issued = client.loas().get(created.id());
        assertThat(issued.state()).isEqualTo(LoaState.ISSUED);
        assertThat(issued.documentUrl()).isNotNull();
        assertThat(issued.companyName()).isEqualTo(kit.loaApplication().companyName());

        if (kit.supports(Capability.LOA_COMPLETE)) {
            client.loas().complete(created.id(), kit.constructionReport());
            assertThat(client.loas().get(created.id()).state()).isEqualTo(LoaState.COMPLETED);
        }
        kit.walker().connectionToActive(created.id());
    }
}
