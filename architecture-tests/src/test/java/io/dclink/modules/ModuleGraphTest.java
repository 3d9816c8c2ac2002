package io.dclink.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.DirectConnect;
import io.dclink.core.lifecycle.LifecycleModel;
import io.dclink.pair.RedundantPairs;
import io.dclink.spi.ProviderDescriptor;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Provides;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module graph as the compiled {@code module-info} classes declare it: {@code io.dclink.api} is the
 * single-client API and holds no multi-provider order; {@code io.dclink.orders} holds them, built on the
 * API alone; the SPI brings the orders to plugins; the runtime implements both bridges.
 */
class ModuleGraphTest {

    @Test
    void theApiHoldsNoOrderAcrossClientsAndReadsNoOtherDclinkModule() throws Exception {
        ModuleDescriptor api = descriptorOf(DirectConnect.class);

        assertThat(api.name()).isEqualTo("io.dclink.api");
        assertThat(api.packages()).as("a pair or hosted type moved back into sdk-api")
                .doesNotContain("io.dclink.pair", "io.dclink.hosted").noneMatch(name -> name.startsWith("io.dclink.orders"));
        assertThat(api.requires()).filteredOn(requires -> !requires.modifiers().contains(Requires.Modifier.STATIC))
                .extracting(Requires::name).allMatch(name -> name.startsWith("java."));
        assertThat(exports(api)).containsEntry("io.dclink.runtime", Set.of("io.dclink.core", "io.dclink.orders"))
                .doesNotContainKeys("io.dclink.pair", "io.dclink.hosted");
    }

    @Test
    void theOrdersAreAModuleOfTheirOwnBuiltOnTheApiAlone() throws Exception {
        ModuleDescriptor orders = descriptorOf(RedundantPairs.class);

        assertThat(orders.name()).isEqualTo("io.dclink.orders");
        assertThat(orders.packages()).containsExactlyInAnyOrder("io.dclink.pair", "io.dclink.hosted",
                "io.dclink.orders.runtime");
        assertThat(orders.requires()).filteredOn(requires -> !requires.modifiers().contains(Requires.Modifier.STATIC))
                .extracting(Requires::name).containsExactlyInAnyOrder("java.base", "io.dclink.api");
        assertThat(orders.requires()).filteredOn(requires -> requires.name().equals("io.dclink.api"))
                .singleElement().satisfies(api -> assertThat(api.modifiers()).contains(Requires.Modifier.TRANSITIVE));
        assertThat(exports(orders)).isEqualTo(Map.of("io.dclink.pair", Set.of(), "io.dclink.hosted", Set.of(),
                "io.dclink.orders.runtime", Set.of("io.dclink.core")));
        assertThat(orders.uses()).containsExactly("io.dclink.orders.runtime.OrdersRuntime");
    }

    @Test
    void theSpiBringsTheOrdersToPlugins() throws Exception {
        ModuleDescriptor spi = descriptorOf(ProviderDescriptor.class);

        assertThat(spi.requires()).filteredOn(requires -> requires.name().equals("io.dclink.orders"))
                .singleElement().satisfies(orders -> assertThat(orders.modifiers()).contains(Requires.Modifier.TRANSITIVE));
    }

    @Test
    void theRuntimeImplementsBothBridges() throws Exception {
        ModuleDescriptor core = descriptorOf(LifecycleModel.class);

        assertThat(core.provides().stream().collect(Collectors.toMap(Provides::service, Provides::providers)))
                .containsEntry("io.dclink.runtime.DirectConnectRuntime", List.of("io.dclink.core.internal.CoreRuntime"))
                .containsEntry("io.dclink.orders.runtime.OrdersRuntime", List.of("io.dclink.core.orders.CoreOrdersRuntime"));
    }

    /** Exported package to its target modules (none for an unqualified export). */
    private static Map<String, Set<String>> exports(ModuleDescriptor module) {
        return module.exports().stream().collect(Collectors.toMap(Exports::source, Exports::targets));
    }

    /** The descriptor of the module a class was loaded from: its classes directory or its jar. */
    private static ModuleDescriptor descriptorOf(Class<?> member) throws Exception {
        Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<ModuleReference> found = ModuleFinder.of(location).findAll();
        assertThat(found).as("the module at %s", location).hasSize(1);
        return found.iterator().next().descriptor();
    }
}
