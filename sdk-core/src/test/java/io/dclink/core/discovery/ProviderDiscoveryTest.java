package io.dclink.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.ProviderInfo;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.AlphaStore;
import io.dclink.core.testplugin.BrokenTablesProvider;
import io.dclink.core.testplugin.MislabelledProvider;
import io.dclink.core.testplugin.PluginClassLoaders;
import io.dclink.core.testplugin.UndescribedProvider;
import io.dclink.error.ProviderDiscoveryException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderDiscoveryTest {

    @TempDir
    Path dir;

    private final AlphaStore store = AlphaStore.create();

    @AfterEach
    void clearProperty() {
        System.clearProperty(ProviderRegistry.PROVIDER_PROPERTY);
    }

    private DirectConnect build(ClassLoader loader, String provider) {
        var builder = DirectConnect.builder().classLoader(loader).region("r1")
                .credentials(Credentials.accessKey("id", "secret")).property("store", store.id);
        if (provider != null) {
            builder.provider(provider);
        }
        return builder.build();
    }

    @Test
    void providersListsTheInstalledPluginWithItsCapabilities() {
        List<ProviderInfo> providers = DirectConnect.providers();

        assertThat(providers).extracting(ProviderInfo::id).containsExactly("alpha");
        ProviderInfo alpha = providers.get(0);
        assertThat(alpha.displayName()).isEqualTo("Alpha test cloud");
        assertThat(alpha.spiVersion()).isEqualTo("1.1");
        assertThat(alpha.supports(Capability.CONNECTION_CREATE)).isTrue();
        assertThat(alpha.supports(Capability.LOA_APPLY)).isFalse();
        assertThat(alpha.credentialVariables()).containsExactly("ALPHA_TEST_KEY_ID", "ALPHA_TEST_KEY_SECRET");
    }

    @Test
    void theOnlyInstalledPluginIsChosenWhenNoneIsNamed() {
        try (DirectConnect client = build(getClass().getClassLoader(), null)) {
            assertThat(client.provider().id()).isEqualTo("alpha");
            assertThat(client.region()).hasValue("r1");
        }
    }

    @Test
    void noPluginInstalledNamesTheArtifactsToAdd() {
        assertThatThrownBy(() -> build(PluginClassLoaders.withoutPlugins(), "tencent"))
                .isInstanceOf(ProviderDiscoveryException.class)
                .hasMessageContaining("No dclink provider plugin is installed")
                .hasMessageContaining("io.dclink:provider-tencent")
                .hasMessageContaining("META-INF/services/io.dclink.spi.DirectConnectProvider");
    }

    @Test
    void anUnknownIdListsTheInstalledIdsAndTheRemedy() {
        assertThatThrownBy(() -> build(getClass().getClassLoader(), "tencnet"))
                .isInstanceOf(ProviderDiscoveryException.class)
                .hasMessageContaining("No provider plugin with id 'tencnet' is installed")
                .hasMessageContaining("installed: alpha")
                .hasMessageContaining("Check the spelling")
                .hasMessageContaining("io.dclink:provider-tencnet");
    }

    @Test
    void twoPluginsWithOneIdFailLoudlyNamingBothClasses() {
        ClassLoader loader = PluginClassLoaders.withAdditionalPlugins(dir, "io.dclink.core.testplugin.AlphaTwinProvider");

        assertThatThrownBy(() -> build(loader, "alpha"))
                .isInstanceOf(ProviderDiscoveryException.class)
                .hasMessageContaining("Several provider plugins claim the id 'alpha'")
                .hasMessageContaining("io.dclink.core.testplugin.AlphaProvider from ")
                .hasMessageContaining("io.dclink.core.testplugin.AlphaTwinProvider from ")
                .hasMessageContaining("Keep only one of them on the class path");
        assertThatThrownBy(() -> ProviderRegistry.discover(loader))
                .isInstanceOf(ProviderDiscoveryException.class);
    }

    @Test
    void aPluginForAnotherSpiVersionFailsNamingBothVersionsAndTheRemedy() {
        ClassLoader loader = PluginClassLoaders.withAdditionalPlugins(dir, "io.dclink.core.testplugin.FutureProvider");

        assertThatThrownBy(() -> build(loader, "alpha"))
                .isInstanceOf(ProviderDiscoveryException.class)
                .hasMessageContaining("Provider plugin 'future'")
                .hasMessageContaining("was built for dclink SPI 2.0")
                .hasMessageContaining("implements SPI 1.1")
                .hasMessageContaining("Use a build of the plugin for SPI 1.x");
    }

    @Test
    void onlyTheChosenPluginIsAskedForItsDescriptorWhenOthersStateTheirIdAndVersion() {
        ClassLoader loader = PluginClassLoaders.withAdditionalPlugins(dir, UndescribedProvider.class.getName());
        int before = UndescribedProvider.DESCRIBED.get();

        try (DirectConnect client = build(loader, "alpha")) {
            assertThat(client.provider().id()).isEqualTo("alpha");
        }

        assertThat(UndescribedProvider.DESCRIBED.get()).as("descriptors built for a client of another plugin")
                .isEqualTo(before);
        try (DirectConnect client = build(loader, "undescribed")) {
            assertThat(client.provider().id()).isEqualTo("undescribed");
        }
        assertThat(UndescribedProvider.DESCRIBED.get()).isGreaterThan(before);
    }

    @Test
    void aPluginWhoseStatedIdIsNotItsDescriptorsIsRefusedNamingBoth() {
        ClassLoader loader = PluginClassLoaders.withAdditionalPlugins(dir, MislabelledProvider.class.getName());

        assertThatThrownBy(() -> build(loader, "mislabelled"))
                .isInstanceOf(ProviderDiscoveryException.class)
                .hasMessageContaining(MislabelledProvider.class.getName())
                .hasMessageContaining("'mislabelled'")
                .hasMessageContaining("'labelled'");
    }

    @Test
    void aPluginWhoseTablesFailToBuildIsReportedAsItsDefectWithWhatFailed() {
        ClassLoader loader = PluginClassLoaders.withAdditionalPlugins(dir, BrokenTablesProvider.class.getName());

        assertThatThrownBy(() -> build(loader, "broken"))
                .isInstanceOf(ProviderDiscoveryException.class)
                .hasMessageContaining(BrokenTablesProvider.class.getName())
                .hasMessageContaining("defect of the plugin")
                .hasMessageContaining("IllegalStateException: the operation table binds CONNECTION_GET twice")
                .hasMessageNotContaining("another dclink SPI")
                .hasRootCauseInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> build(loader, "broken")).as("again, once the JVM has given up on the tables' class")
                .isInstanceOf(ProviderDiscoveryException.class)
                .hasMessageContaining("defect of the plugin")
                .hasMessageContaining("Could not initialize class")
                .hasMessageNotContaining("another dclink SPI")
                .hasCauseInstanceOf(NoClassDefFoundError.class);
    }

    @Test
    void theInstalledListRefusesAPluginWhoseStatedIdIsNotItsDescriptorsAsSelectingItDoes() {
        ClassLoader loader = PluginClassLoaders.withAdditionalPlugins(dir, MislabelledProvider.class.getName());

        assertThatThrownBy(() -> ProviderRegistry.discover(loader).installed())
                .isInstanceOf(ProviderDiscoveryException.class)
                .hasMessageContaining("'mislabelled'")
                .hasMessageContaining("'labelled'");
    }

    @Test
    void aPluginThatCannotEvenDescribeItselfIsReportedAsBuiltForAnotherSpi() {
        ClassLoader loader = PluginClassLoaders.withAdditionalPlugins(dir, "io.dclink.core.testplugin.StaleProvider");

        assertThatThrownBy(() -> build(loader, "alpha"))
                .isInstanceOf(ProviderDiscoveryException.class)
                .hasMessageContaining("StaleProvider")
                .hasMessageContaining("AbstractMethodError")
                .hasMessageContaining("another dclink SPI version")
                .hasMessageContaining("SPI 1.x");
    }

    @Test
    void severalPluginsAndNoChoiceAsksForOne() {
        ClassLoader loader = PluginClassLoaders.withAdditionalPlugins(dir, "io.dclink.core.testplugin.BetaProvider");

        assertThatThrownBy(() -> build(loader, null))
                .isInstanceOf(ProviderDiscoveryException.class)
                .hasMessageContaining("Several provider plugins are installed (alpha, beta)")
                .hasMessageContaining("DirectConnectBuilder.provider(id)")
                .hasMessageContaining("dclink.provider");
    }

    @Test
    void theSystemPropertyChoosesAndAnExplicitIdWinsOverIt() {
        ClassLoader loader = PluginClassLoaders.withAdditionalPlugins(dir, "io.dclink.core.testplugin.BetaProvider");
        System.setProperty(ProviderRegistry.PROVIDER_PROPERTY, "beta");

        try (DirectConnect byProperty = build(loader, null); DirectConnect explicit = build(loader, "alpha")) {
            assertThat(byProperty.provider().id()).isEqualTo("beta");
            assertThat(explicit.provider().id()).isEqualTo("alpha");
        }
    }

    @Test
    void aPluginClassThatCannotBeLoadedIsReportedWithItsName() {
        ClassLoader loader = PluginClassLoaders.withAdditionalPlugins(dir, "io.dclink.core.testplugin.DoesNotExist");

        assertThatThrownBy(() -> build(loader, "alpha"))
                .isInstanceOf(ProviderDiscoveryException.class)
                .hasMessageContaining("io.dclink.core.testplugin.DoesNotExist")
                .hasMessageContaining("public no-argument constructor");
    }

    @Test
    void aPluginWhoseConstructorFailsIsReportedWithWhatFailed() {
        ClassLoader loader = PluginClassLoaders.withAdditionalPlugins(dir, "io.dclink.core.testplugin.FailingProvider");

        assertThatThrownBy(() -> build(loader, "alpha"))
                .isInstanceOf(ProviderDiscoveryException.class)
                .hasMessageContaining("io.dclink.core.testplugin.FailingProvider")
                .hasMessageContaining("IllegalStateException: the state table names RUNNING twice")
                .hasRootCauseMessage("the state table names RUNNING twice");
    }
}
