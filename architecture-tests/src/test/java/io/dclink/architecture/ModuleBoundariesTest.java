package io.dclink.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** dclink's module boundaries, checked over every production class on the class path. */
class ModuleBoundariesTest {

    static final String[] API_PACKAGES = {
        "io.dclink", "io.dclink.auth", "io.dclink.error", "io.dclink.event", "io.dclink.interceptor",
        "io.dclink.lifecycle", "io.dclink.model", "io.dclink.runtime", "io.dclink.wait"
    };

    /** sdk-orders' packages: the pair and hosted orders and their bridge to the runtime. */
    static final String[] ORDERS_PACKAGES = {"io.dclink.hosted", "io.dclink.pair", "io.dclink.orders.."};

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.dclink");

    @Test
    void theRulesSeeEveryModule() {
        assertThat(PRODUCTION.contain("io.dclink.DirectConnect")).isTrue();
        assertThat(PRODUCTION.contain("io.dclink.pair.RedundantPairs")).isTrue();
        assertThat(PRODUCTION.contain("io.dclink.hosted.HostedOrders")).isTrue();
        assertThat(PRODUCTION.contain("io.dclink.spi.ProviderDescriptor")).isTrue();
        assertThat(PRODUCTION.contain("io.dclink.core.internal.CoreRuntime")).isTrue();
        assertThat(PRODUCTION.stream().map(c -> c.getPackageName()))
                .noneMatch(name -> name.startsWith("io.dclink.architecture"));
    }

    @Test
    void theApiUsesOnlyTheJdkAndNoOtherModule() {
        ModuleRules.apiUsesOnlyTheJdk(API_PACKAGES).check(PRODUCTION);
    }

    @Test
    void theOrdersUseOnlyTheApiAndTheJdk() {
        ModuleRules.ordersUseOnlyTheApi(ORDERS_PACKAGES, API_PACKAGES).check(PRODUCTION);
    }

    @Test
    void theSpiUsesOnlyTheApiTheOrdersAndTheJdk() {
        String[] apiAndOrders = Stream.concat(Arrays.stream(API_PACKAGES), Arrays.stream(ORDERS_PACKAGES))
                .toArray(String[]::new);
        ModuleRules.spiUsesOnlyTheApi("io.dclink.spi", apiAndOrders).check(PRODUCTION);
    }

    /** The runtime, the provider kit, the plugins, the compatibility kit and the command line's version line. */
    @Test
    void onlyThePluginSideUsesTheSpi() {
        ModuleRules.onlyThePluginSideUsesTheSpi("io.dclink.spi", "io.dclink.core", "io.dclink.kit", "io.dclink.provider",
                "io.dclink.testkit.tck", "io.dclink.cli").check(PRODUCTION);
    }

    @Test
    void theCoreKnowsNoProvider() {
        ModuleRules.coreKnowsNoProvider("io.dclink.core", "io.dclink.provider", "io.dclink.testkit", "io.dclink.cli")
                .check(PRODUCTION);
    }

    @Test
    void providersDoNotDependOnEachOther() {
        ModuleRules.providersAreIndependent("io.dclink.provider").check(PRODUCTION);
    }

    @Test
    void providersUseNoInternalPackageButTheirOwn() {
        ModuleRules.providersUseNoForeignInternals("io.dclink.provider").check(PRODUCTION);
    }

    @Test
    void pluginsSeeNoRuntime() {
        ModuleRules.pluginsSeeNoRuntime("io.dclink.provider", "io.dclink.core").check(PRODUCTION);
    }

    @Test
    void theProviderKitKnowsNoRuntimeNoProviderAndNoTestkit() {
        ModuleRules.coreKnowsNoProvider("io.dclink.kit", "io.dclink.core", "io.dclink.provider", "io.dclink.testkit",
                "io.dclink.cli").check(PRODUCTION);
    }

    @Test
    void theEmulatorsAndTheExtensionUseNoProviderAndNoRuntimeCode() {
        for (String module : new String[] {"io.dclink.testkit.emulator", "io.dclink.testkit.tencent",
                "io.dclink.testkit.alibaba", "io.dclink.testkit.jdcloud", "io.dclink.testkit.consoleconnect",
                "io.dclink.testkit.walk", "io.dclink.testkit.junit"}) {
            ModuleRules.testkitIsIndependent(module, "io.dclink.provider", "io.dclink.core", "io.dclink.kit")
                    .check(PRODUCTION);
        }
    }

    @Test
    void theCompatibilityKitUsesOnlyTheRuntimesLifecycleMachine() {
        ModuleRules.testkitIsIndependent("io.dclink.testkit.tck", "io.dclink.provider", "io.dclink.core.internal",
                "io.dclink.core.discovery").check(PRODUCTION);
    }
}
