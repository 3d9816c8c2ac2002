package io.dclink.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.AlphaStore;
import io.dclink.core.testplugin.DeltaProvider;
import io.dclink.core.testplugin.PluginClassLoaders;
import io.dclink.error.UnsupportedCapabilityException;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.Connection;
import io.dclink.model.ProviderState;
import io.dclink.model.UpdateConnectionRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Updating a rejected application resubmits it: the pipeline switches to the plugin's CONNECTION_RESUBMIT. */
class ResubmitTest {

    @TempDir
    Path dir;

    private final AlphaStore store = AlphaStore.create();

    private DirectConnect client(ClassLoader loader, String provider) {
        return DirectConnect.builder().classLoader(loader).provider(provider).region("r1")
                .credentials(Credentials.accessKey("id", "secret")).property("store", store.id).build();
    }

    private void put(String provider, String id, ConnectionState state, RequiredAction action) {
        store.connections.put(id, Connection.builder().provider(provider).id(id).name("old").state(state)
                .requiredAction(action).providerState(ProviderState.of(state.name())).build());
    }

    @Test
    void updatingARejectedConnectionCallsThePluginsResubmitHandler() {
        put(DeltaProvider.ID, "c1", ConnectionState.REJECTED, RequiredAction.RESUBMIT);
        try (DirectConnect client = client(PluginClassLoaders.withDelta(dir), DeltaProvider.ID)) {

            Connection resubmitted = client.connections().update("c1", UpdateConnectionRequest.builder().name("fixed").build());

            assertThat(store.calls("connections.resubmit")).isEqualTo(1);
            assertThat(store.calls("connections.update")).isZero();
            assertThat(resubmitted.name()).isEqualTo("fixed");
            assertThat(resubmitted.state()).isEqualTo(ConnectionState.PENDING_APPROVAL);
            assertThat(resubmitted.providerState().value()).isEqualTo("RESUBMITTED");
        }
    }

    @Test
    void updatingAConnectionThatWasNotRejectedCallsTheUpdateHandler() {
        put(DeltaProvider.ID, "c1", ConnectionState.ACTIVE, RequiredAction.NONE);
        try (DirectConnect client = client(PluginClassLoaders.withDelta(dir), DeltaProvider.ID)) {

            Connection updated = client.connections().update("c1", UpdateConnectionRequest.builder().name("renamed").build());

            assertThat(store.calls("connections.update")).isEqualTo(1);
            assertThat(store.calls("connections.resubmit")).isZero();
            assertThat(updated.name()).isEqualTo("renamed");
            assertThat(updated.state()).isEqualTo(ConnectionState.ACTIVE);
        }
    }

    @Test
    void withoutAResubmitHandlerTheUpdateOfARejectedConnectionFailsLocally() {
        put("alpha", "c1", ConnectionState.REJECTED, RequiredAction.RESUBMIT);
        try (DirectConnect client = client(getClass().getClassLoader(), "alpha")) {
            assertThat(client.provider().supports(Capability.CONNECTION_UPDATE)).isTrue();

            assertThatThrownBy(() -> client.connections().update("c1", UpdateConnectionRequest.builder().name("x").build()))
                    .isInstanceOfSatisfying(UnsupportedCapabilityException.class,
                            e -> assertThat(e.capability()).isEqualTo(Capability.CONNECTION_RESUBMIT))
                    .hasMessageContaining("Provider 'alpha' does not support CONNECTION_RESUBMIT");
            assertThat(store.calls("connections.update")).as("nothing was changed").isZero();
            assertThat(store.connections.get("c1").name()).isEqualTo("old");
        }
    }
}
