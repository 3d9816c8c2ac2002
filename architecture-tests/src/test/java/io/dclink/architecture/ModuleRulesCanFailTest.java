package io.dclink.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Each rule, run over a fixture package that breaks it, must fail and name the offending class. */
class ModuleRulesCanFailTest {

    private static final String FIXTURES = "io.dclink.architecture.fixtures";
    private static final JavaClasses BAD = new ClassFileImporter().importPackages(FIXTURES);

    @Test
    void anApiClassUsingALibraryIsCaught() {
        assertThatThrownBy(() -> ModuleRules.apiUsesOnlyTheJdk(FIXTURES + ".api").check(BAD))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyModel")
                .hasMessageContaining("com.tngtech.archunit");
    }

    @Test
    void anOrdersClassUsingTheSpiIsCaught() {
        assertThatThrownBy(() -> ModuleRules.ordersUseOnlyTheApi(new String[] {FIXTURES + ".orders"}, FIXTURES + ".api")
                .check(BAD))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("OrderThatKnowsTheSpi")
                .hasMessageContaining("PluginContract")
                .message().doesNotContain("OrderOnTheApi");
    }

    @Test
    void anSpiClassUsingTheRuntimeIsCaught() {
        assertThatThrownBy(() -> ModuleRules.spiUsesOnlyTheApi(FIXTURES + ".spi", FIXTURES + ".api").check(BAD))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("SpiThatKnowsTheRuntime")
                .hasMessageContaining("Hidden")
                .message().doesNotContain("PluginContract");
    }

    @Test
    void anApplicationClassUsingTheSpiIsCaught() {
        assertThatThrownBy(() -> ModuleRules.onlyThePluginSideUsesTheSpi(FIXTURES + ".spi", FIXTURES + ".core",
                FIXTURES + ".provider").check(BAD))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("AppThatImplementsTheSpi")
                .message().doesNotContain("CoreThatRunsPlugins");
    }

    @Test
    void aCoreClassUsingAProviderIsCaught() {
        assertThatThrownBy(() -> ModuleRules.coreKnowsNoProvider(FIXTURES + ".core", FIXTURES + ".provider").check(BAD))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CoreThatKnowsAProvider");
    }

    @Test
    void providersUsingEachOtherAreCaught() {
        assertThatThrownBy(() -> ModuleRules.providersAreIndependent(FIXTURES + ".provider").check(BAD))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("OneThing")
                .hasMessageContaining("TwoThing");
    }

    @Test
    void aProviderUsingAnotherModulesInternalPackageIsCaught() {
        assertThatThrownBy(() -> ModuleRules.providersUseNoForeignInternals(FIXTURES + ".provider").check(BAD))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UsesCoreInternal")
                .hasMessageContaining("Hidden")
                .message().doesNotContain("OwnInternalUser");
    }

    @Test
    void aProviderUsingTheRuntimeIsCaught() {
        assertThatThrownBy(() -> ModuleRules.pluginsSeeNoRuntime(FIXTURES + ".provider", FIXTURES + ".core").check(BAD))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UsesCoreInternal");
    }

    @Test
    void anEmulatorUsingProviderCodeIsCaught() {
        assertThatThrownBy(() -> ModuleRules.testkitIsIndependent(FIXTURES + ".testkit", FIXTURES + ".provider").check(BAD))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("EmulatorThatCheats");
    }
}
