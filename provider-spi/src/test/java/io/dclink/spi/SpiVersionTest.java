package io.dclink.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.Operation;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.VirtualInterfaceState;
import org.junit.jupiter.api.Test;

class SpiVersionTest {

    @Test
    void pluginsRunOnTheSameMajorWithAnEqualOrNewerMinor() {
        SpiVersion runtime = new SpiVersion(1, 2);

        assertThat(new SpiVersion(1, 0).isSupportedBy(runtime)).isTrue();
        assertThat(new SpiVersion(1, 2).isSupportedBy(runtime)).isTrue();
        assertThat(new SpiVersion(1, 3).isSupportedBy(runtime)).isFalse();
        assertThat(new SpiVersion(2, 0).isSupportedBy(runtime)).isFalse();
        assertThat(new SpiVersion(0, 9).isSupportedBy(runtime)).isFalse();
        assertThat(new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR)).hasToString("1.1");
    }

    @Test
    void refinementsAreKeptPerStateTypeAndRefuseDuplicates() {
        LifecycleRefinement<ConnectionState> connection = LifecycleRefinement.of(ConnectionState.class)
                .deny(ConnectionState.REJECTED, Operation.DELETE)
                .terminal(ConnectionState.REJECTED)
                .requiredAction(ConnectionState.REJECTED, RequiredAction.NONE)
                .build();
        LifecycleRefinements refinements = LifecycleRefinements.of(connection);

        assertThat(refinements.forStateType(ConnectionState.class)).containsSame(connection);
        assertThat(refinements.forStateType(VirtualInterfaceState.class)).isEmpty();
        assertThat(connection.denied()).containsEntry(ConnectionState.REJECTED, java.util.Set.of(Operation.DELETE));
        assertThatThrownBy(() -> LifecycleRefinements.of(connection, connection))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ConnectionState");
    }
}
