package io.dclink.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.AlphaStore;
import io.dclink.core.testplugin.DeltaProvider;
import io.dclink.core.testplugin.PluginClassLoaders;
import io.dclink.core.testserver.GammaCloud;
import io.dclink.core.testserver.TinyServer;
import io.dclink.core.testserver.TinyServer.Drop;
import io.dclink.error.Problem;
import io.dclink.error.UnsupportedCapabilityException;
import io.dclink.error.ValidationException;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.ProviderState;
import io.dclink.model.Route;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import io.dclink.model.VirtualInterface;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The places where the facades used to differ from one another, now that one pipeline runs every
 * operation: route creates are idempotent, virtual interface updates are validated like every other
 * change, and reject and recover need their own capabilities.
 */
class PipelineDriftTest {

    @TempDir
    Path dir;

    private final AlphaStore store = AlphaStore.create();

    private DirectConnect delta() {
        return DirectConnect.builder().classLoader(PluginClassLoaders.withDelta(dir)).provider(DeltaProvider.ID)
                .region("r1").credentials(Credentials.accessKey("id", "secret")).property("store", store.id).build();
    }

    private void put(String id, VirtualInterfaceState state) {
        store.virtualInterfaces.put(id, VirtualInterface.builder().provider(DeltaProvider.ID).id(id).state(state)
                .requiredAction(RequiredAction.NONE).providerState(ProviderState.of(state.name())).build());
    }

    @Test
    void anAmbiguousRouteCreateFindsTheRouteItMadeInsteadOfAddingItTwice() throws IOException {
        GammaCloud cloud = new GammaCloud();
        try (TinyServer server = new TinyServer();
                DirectConnect client = DirectConnect.builder().classLoader(PluginClassLoaders.withGamma(dir))
                        .provider("gamma").region("r1").credentials(Credentials.accessKey("GAMMAKEYID", "gamma-secret"))
                        .endpoint(server.uri()).build()) {
            server.handler(cloud::handle);
            server.then(new TinyServer.Pass(), new Drop(true));

            Route route = client.routes().create(CreateRouteRequest.builder().gatewayId("gw-1")
                    .destination("10.8.0.0/16").idempotencyKey("route-key-1").build());

            assertThat(server.count("POST")).as("the route was ordered once").isEqualTo(1);
            assertThat(server.received()).extracting(r -> r.method() + " " + r.path())
                    .as("the look for the caller's key, the order, the search after the lost answer")
                    .containsExactly("GET /routes", "POST /routes", "GET /routes");
            assertThat(cloud.routes()).isEqualTo(1);
            assertThat(route.id()).isEqualTo("r-101");
            assertThat(route.destination()).isEqualTo("10.8.0.0/16");
            assertThat(route.attributes()).containsEntry("idempotency-key", "route-key-1");
        }
    }

    @Test
    void aVirtualInterfaceUpdateIsValidatedByTheSharedAndThePluginsRulesBeforeAnythingIsSent() {
        put("v1", VirtualInterfaceState.ACTIVE);
        try (DirectConnect client = delta()) {
            assertThatThrownBy(() -> client.virtualInterfaces().update("v1",
                            UpdateVirtualInterfaceRequest.builder().bandwidthMbps(0).build()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                            .containsExactly(new Problem("bandwidthMbps", "must be positive, was 0")));
            assertThatThrownBy(() -> client.virtualInterfaces().update("v1",
                            UpdateVirtualInterfaceRequest.builder().bandwidthMbps(20_000).build()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                            .containsExactly(new Problem("bandwidthMbps",
                                    "this provider sells at most 10000 Mbit/s per virtual interface")));
            assertThat(store.calls("virtualInterfaces.get")).as("not even the gate's read").isZero();
            assertThat(store.calls("virtualInterfaces.update")).isZero();

            VirtualInterface updated = client.virtualInterfaces().update("v1",
                    UpdateVirtualInterfaceRequest.builder().bandwidthMbps(500).build());

            assertThat(updated.bandwidthMbps()).isEqualTo(500);
            assertThat(store.calls("virtualInterfaces.update")).isEqualTo(1);
        }
    }

    @Test
    void rejectNeedsTheRejectCapabilityNotTheAcceptOne() {
        put("v1", VirtualInterfaceState.PENDING_ACCEPTANCE);
        try (DirectConnect client = delta()) {
            assertThat(client.provider().supports(Capability.VIRTUAL_INTERFACE_ACCEPT)).isTrue();

            assertThatThrownBy(() -> client.virtualInterfaces().reject("v1"))
                    .isInstanceOfSatisfying(UnsupportedCapabilityException.class,
                            e -> assertThat(e.capability()).isEqualTo(Capability.VIRTUAL_INTERFACE_REJECT))
                    .hasMessageContaining("Provider 'delta' does not support VIRTUAL_INTERFACE_REJECT");
            assertThat(store.calls("virtualInterfaces.get")).as("refused before any read").isZero();

            assertThat(client.virtualInterfaces().accept("v1").state()).isEqualTo(VirtualInterfaceState.ACTIVE);
            assertThat(store.calls("virtualInterfaces.accept")).isEqualTo(1);
        }
    }

    @Test
    void recoverNeedsTheRecoverCapabilityNotTheTerminateOne() {
        put("v1", VirtualInterfaceState.ACTIVE);
        try (DirectConnect client = delta()) {
            assertThat(client.virtualInterfaces().terminate("v1").state()).isEqualTo(VirtualInterfaceState.SUSPENDED);
            int readsSoFar = store.calls("virtualInterfaces.get");

            assertThatThrownBy(() -> client.virtualInterfaces().recover("v1"))
                    .isInstanceOfSatisfying(UnsupportedCapabilityException.class,
                            e -> assertThat(e.capability()).isEqualTo(Capability.VIRTUAL_INTERFACE_RECOVER))
                    .hasMessageContaining("Provider 'delta' does not support VIRTUAL_INTERFACE_RECOVER");
            assertThat(store.calls("virtualInterfaces.get")).as("refused before any read").isEqualTo(readsSoFar);
            assertThat(store.virtualInterfaces.get("v1").state()).isEqualTo(VirtualInterfaceState.SUSPENDED);
        }
    }
}
