package io.dclink.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.error.InvalidStateException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.error.UnsupportedCapabilityException;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.testkit.emulator.EmulatedOperation;
import io.dclink.testkit.emulator.Emulator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The connection lifecycle: an application is driven to {@code ACTIVE} by its required actions
 * alone, a rejected one is resubmitted, and an active line is deleted.
 */
public interface ConnectionLifecycleGroup extends KitGroup {

    /** Checks that a new application starts waiting on someone and reaches ACTIVE by its required actions. */
    @Test
    @DisplayName("a new application starts waiting on someone and reaches ACTIVE by its required actions")
    default void applicationToActive() {
        KitFixture kit = kit();
        if (!kit.declares(Capability.CONNECTION_CREATE)) {
            return;
        }
        DirectConnect client = kit.client();
        Connection created = client.connections().create(kit.connectionRequest("tck-line"));

        assertThat(created.state()).isIn(ConnectionState.PENDING_APPROVAL, ConnectionState.PENDING_PAYMENT,
                ConnectionState.PROVISIONING, ConnectionState.PENDING_LOA);
        assertThat(created.requiredAction()).isNotIn(RequiredAction.NONE, RequiredAction.UNKNOWN);
        assertThat(created.providerState().value()).isNotBlank();

        Connection active = kit.activeConnection("tck-line-2");
        assertThat(active.requiredAction()).isEqualTo(RequiredAction.NONE);
        assertThat(client.connections().list(ConnectionQuery.builder().ids(List.of(active.id())).build()).stream()
                .map(Connection::id)).containsExactly(active.id());
    }

    /** Checks that a rejected application asks for resubmission and, resubmitted, reaches ACTIVE. */
    @Test
    @DisplayName("a rejected application asks for resubmission and, resubmitted, reaches ACTIVE")
    default void rejectionAndResubmission() {
        KitFixture kit = kit();
        if (!kit.declares(Capability.CONNECTION_CREATE)) {
            return;
        }
        DirectConnect client = kit.client();
        Connection created = client.connections().create(kit.connectionRequest("tck-rejected"));
        kit.walker().walkConnection(created.id(), c -> c.state() == ConnectionState.PENDING_APPROVAL);
        kit.emulator().operator().reject(created.id(), "inaccurate information");

        Connection rejected = client.connections().get(created.id());
        assertThat(rejected.state()).isEqualTo(ConnectionState.REJECTED);
        if (!kit.supports(Capability.CONNECTION_RESUBMIT)) {
            assertThat(rejected.requiredAction()).isNotEqualTo(RequiredAction.RESUBMIT);
            assertThatThrownBy(() -> client.connections().update(created.id(), kit.resubmission()))
                    .isInstanceOfAny(UnsupportedCapabilityException.class, InvalidStateException.class);
            return;
        }
        assertThat(rejected.requiredAction()).isEqualTo(RequiredAction.RESUBMIT);

        client.connections().update(created.id(), kit.resubmission());
        assertThat(client.connections().get(created.id()).state()).isEqualTo(ConnectionState.PENDING_APPROVAL);
        kit.walker().connectionToActive(created.id());
        assertThat(client.connections().get(created.id()).state()).isEqualTo(ConnectionState.ACTIVE);
    }

    /**
     * Checks that an active connection is deleted (terminated first where the lifecycle says so) and ends DELETED or
     * gone.
     */
    @Test
    @DisplayName("an active connection is deleted (terminated first where the lifecycle says so) and ends DELETED or gone")
    default void deletion() {
        KitFixture kit = kit();
        if (!kit.declares(Capability.CONNECTION_CREATE, Capability.CONNECTION_DELETE)) {
            return;
        }
        DirectConnect client = kit.client();
        Emulator emulator = kit.emulator();
        Connection active = kit.activeConnection("tck-delete");

        String delete = kit.operation(EmulatedOperation.DELETE_CONNECTION);
        Throwable refused = catchThrowable(() -> client.connections().delete(active.id()));
        if (refused != null) {
            assertThat(refused).as("deleting an active line may only be refused by the lifecycle, locally")
                    .isInstanceOf(InvalidStateException.class);
            assertThat(emulator.requests().count(delete)).as("deletes sent before the refusal").isZero();
            assertThat(kit.supports(Capability.CONNECTION_TERMINATE)).as("a line that cannot be deleted while active "
                    + "must be terminable").isTrue();
            Connection terminated = kit.walker().terminateConnection(active.id());
            assertThat(terminated.state()).isEqualTo(ConnectionState.SUSPENDED);
            client.connections().delete(active.id());
        }

        for (int i = 0; i < 5; i++) {
            try {
                Connection after = client.connections().get(active.id());
                if (after.state() == ConnectionState.DELETED) {
                    return;
                }
                assertThat(after.state()).isEqualTo(ConnectionState.DELETING);
                emulator.operator().advance(ResourceType.CONNECTION, active.id());
            } catch (ResourceNotFoundException gone) {
                return;
            }
        }
        throw new AssertionError("connection " + active.id() + " was not deleted");
    }
}
