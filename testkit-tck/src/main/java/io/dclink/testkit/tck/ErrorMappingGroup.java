package io.dclink.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.error.AuthenticationException;
import io.dclink.error.InvalidStateException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.Connection;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Typed error mapping: the provider's errors become dclink's typed errors, with the provider's code and request id. */
public interface ErrorMappingGroup extends KitGroup {

    /** Checks that a missing resource is ResourceNotFoundException with the provider's code and request id. */
    @Test
    @DisplayName("a missing resource is ResourceNotFoundException with the provider's code and request id")
    default void notFound() {
        KitFixture kit = kit();
        String missing = "tck-missing-" + System.nanoTime();

        assertThatThrownBy(() -> kit.client().connections().get(missing))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.provider()).contains(kit.emulator().providerId());
                    if (kit.answersCarryRequestIds()) {
                        assertThat(e.requestId()).as("request id").isPresent();
                    }
                    assertThat(e.isRetryable()).isFalse();
                });
    }

    /** Checks that a wrong secret and an unknown key are AuthenticationException, not retried. */
    @Test
    @DisplayName("a wrong secret and an unknown key are AuthenticationException, not retried")
    default void authentication() {
        KitFixture kit = kit();
        int before = kit.emulator().requests().size();
        try (DirectConnect wrongSecret = kit.client(KitFixture.wrongSecret(kit.emulator().testCredentials()));
                DirectConnect unknownKey = kit.client(KitFixture.unknownKey(kit.emulator().testCredentials()))) {
            assertThatThrownBy(() -> wrongSecret.connections().list().stream().count())
                    .isInstanceOfSatisfying(AuthenticationException.class,
                            e -> assertThat(e.errorCode()).as("the provider's code").isPresent());
            assertThatThrownBy(() -> unknownKey.connections().list().stream().count())
                    .isInstanceOf(AuthenticationException.class);
        }
        assertThat(kit.emulator().requests().size() - before).as("requests sent: each failure once, nothing retried")
                .isEqualTo(2);
    }

    /** Checks that an operation the provider refuses in the current state is InvalidStateException. */
    @Test
    @DisplayName("an operation the provider refuses in the current state is InvalidStateException")
    default void invalidState() {
        KitFixture kit = kit();
        if (!kit.declares(Capability.CONNECTION_CREATE, Capability.CONNECTION_DELETE)) {
            return;
        }
        Connection created = kit.client().connections().create(kit.connectionRequest("tck-state"));
        kit.emulator().operator().setRawState(ResourceType.CONNECTION, created.id(), StateTableChecks.UNDOCUMENTED);

        assertThatThrownBy(() -> kit.client().connections().delete(created.id()))
                .as("gating allows everything in UNKNOWN, so the provider itself refuses")
                .isInstanceOfSatisfying(InvalidStateException.class,
                        e -> assertThat(e.errorCode()).as("the provider's code").isPresent());
    }
}
