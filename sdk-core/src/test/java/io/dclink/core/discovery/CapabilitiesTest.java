package io.dclink.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.ProviderInfo;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.AlphaStore;
import io.dclink.core.testplugin.BetaProvider;
import io.dclink.core.testplugin.DeltaProvider;
import io.dclink.core.testplugin.GammaProvider;
import io.dclink.core.testplugin.GammaTokenProvider;
import io.dclink.core.testplugin.PluginClassLoaders;
import io.dclink.error.UnsupportedCapabilityException;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.Connection;
import io.dclink.model.ProviderState;
import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.OperationTable;
import io.dclink.spi.ProviderOperation;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin's capabilities are the operations its table binds, and nothing else: not a declaration
 * of its own, and not one operation standing in for another.
 */
class CapabilitiesTest {

    @TempDir
    Path dir;

    /** Every test plugin, seen through the public API with the thread's context class loader. */
    private Map<String, ProviderInfo> installed() {
        ClassLoader loader = PluginClassLoaders.withAdditionalPlugins(dir, GammaProvider.class.getName(),
                GammaTokenProvider.class.getName(), DeltaProvider.class.getName(), BetaProvider.class.getName());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return DirectConnect.providers().stream().collect(Collectors.toMap(ProviderInfo::id, Function.identity()));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The capabilities the table's bound operations give, worked out here operation by operation. */
    private static Set<Capability> bound(OperationTable<?> table) {
        Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        boolean anyCreate = false;
        boolean everyCreateSafeToRepeat = true;
        for (ProviderOperation<?, ?> operation : ProviderOperation.all()) {
            if (table.supports(operation)) {
                capabilities.add(operation.capability());
                if (operation.kind() == ProviderOperation.Kind.CREATE) {
                    anyCreate = true;
                    everyCreateSafeToRepeat &= table.idempotenceOf(operation)
                            != OperationTable.Idempotence.Mode.FIND_BEFORE_CREATE;
                }
            }
        }
        if (anyCreate && everyCreateSafeToRepeat) {
            capabilities.add(Capability.NATIVE_IDEMPOTENCY);
        }
        return capabilities;
    }

    @Test
    void everyPluginsListedCapabilitiesAreExactlyItsBoundOperations() throws ReflectiveOperationException {
        Map<String, ProviderInfo> providers = installed();

        assertThat(providers.keySet()).containsExactlyInAnyOrder("alpha", "beta", "gamma", "gammatokens", "delta");
        for (ProviderInfo info : providers.values()) {
            DirectConnectProvider plugin = (DirectConnectProvider) Class.forName(info.implementation())
                    .getDeclaredConstructor().newInstance();
            assertThat(info.capabilities()).as(info.id()).isEqualTo(bound(plugin.descriptor().operations()));
        }
    }

    @Test
    void theCapabilitiesOfEachTestPluginAreTheOnesItsTableSpellsOut() {
        Map<String, ProviderInfo> providers = installed();

        assertThat(providers.get("alpha").capabilities()).containsExactlyInAnyOrder(Capability.CONNECTION_LIST,
                Capability.CONNECTION_GET, Capability.CONNECTION_CREATE, Capability.CONNECTION_UPDATE,
                Capability.CONNECTION_DELETE, Capability.CONNECTION_CONFIRM, Capability.VIRTUAL_INTERFACE_LIST,
                Capability.VIRTUAL_INTERFACE_GET, Capability.VIRTUAL_INTERFACE_CREATE, Capability.VIRTUAL_INTERFACE_QUOTE);
        assertThat(providers.get("gamma").capabilities()).containsExactlyInAnyOrder(Capability.CONNECTION_LIST,
                Capability.CONNECTION_GET, Capability.CONNECTION_CREATE, Capability.ROUTE_LIST, Capability.ROUTE_CREATE);
        assertThat(providers.get("gammatokens").capabilities()).as("every create sends a client token")
                .containsExactlyInAnyOrder(Capability.CONNECTION_LIST, Capability.CONNECTION_GET,
                        Capability.CONNECTION_CREATE, Capability.ROUTE_LIST, Capability.ROUTE_CREATE,
                        Capability.NATIVE_IDEMPOTENCY);
        assertThat(providers.get("delta").capabilities()).as("its only create is repeatable by nature")
                .containsExactlyInAnyOrder(Capability.CONNECTION_GET, Capability.CONNECTION_UPDATE,
                        Capability.CONNECTION_RESUBMIT, Capability.VIRTUAL_INTERFACE_GET,
                        Capability.VIRTUAL_INTERFACE_UPDATE, Capability.VIRTUAL_INTERFACE_ACCEPT,
                        Capability.VIRTUAL_INTERFACE_TERMINATE, Capability.ROUTE_CREATE, Capability.NATIVE_IDEMPOTENCY);
        assertThat(providers.get("beta").capabilities()).isEqualTo(providers.get("alpha").capabilities());
    }

    @Test
    void aPluginThatReadsButCannotListConnectionsCanGetOneAndCannotListThem() {
        AlphaStore store = AlphaStore.create();
        store.connections.put("c1", Connection.builder().provider(DeltaProvider.ID).id("c1")
                .state(ConnectionState.ACTIVE).requiredAction(RequiredAction.NONE)
                .providerState(ProviderState.of("ACTIVE")).build());
        try (DirectConnect client = DirectConnect.builder().classLoader(PluginClassLoaders.withDelta(dir))
                .provider(DeltaProvider.ID).region("r1").credentials(Credentials.accessKey("id", "secret"))
                .property("store", store.id).build()) {

            assertThat(client.connections().get("c1").id()).isEqualTo("c1");
            assertThatThrownBy(() -> client.connections().list())
                    .isInstanceOfSatisfying(UnsupportedCapabilityException.class,
                            e -> assertThat(e.capability()).isEqualTo(Capability.CONNECTION_LIST));
            assertThat(store.calls("connections.list")).isZero();
            assertThat(store.calls("connections.get")).isEqualTo(1);
        }
    }
}
