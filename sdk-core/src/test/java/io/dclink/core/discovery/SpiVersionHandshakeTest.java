package io.dclink.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.DirectConnect;
import io.dclink.ProviderInfo;
import io.dclink.core.internal.SpiCompatibility;
import io.dclink.core.testplugin.FutureProvider;
import io.dclink.core.testplugin.PluginClassLoaders;
import io.dclink.core.testplugin.PluginCompiler;
import io.dclink.error.ProviderDiscoveryException;
import io.dclink.spi.SpiVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SPI version handshake: a plugin reports the SPI version it was compiled for, and discovery
 * refuses one built for a major version this runtime does not implement.
 */
class SpiVersionHandshakeTest {

    private static final String PLUGIN = "io.dclink.compiled.InlinedProvider";
    /** A plugin whose descriptor takes its version from SpiVersion's constants, as plugins are told to. */
    private static final String PLUGIN_SOURCE = """
            package io.dclink.compiled;

            import io.dclink.core.testplugin.PluginCompiler;
            import io.dclink.spi.DirectConnectProvider;
            import io.dclink.spi.ProviderDescriptor;
            import io.dclink.spi.SpiVersion;

            public class InlinedProvider implements DirectConnectProvider {

                private static final ProviderDescriptor DESCRIPTOR = PluginCompiler.complete(ProviderDescriptor
                        .builder("inlined", "Compiled by a test", new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR)));

                @Override
                public ProviderDescriptor descriptor() {
                    return DESCRIPTOR;
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aPluginBuiltForAnotherMajorVersionIsRefusedNamingItsIdBothVersionsAndTheFix() {
        ClassLoader loader = PluginClassLoaders.withAdditionalPlugins(dir, FutureProvider.class.getName());

        assertThatThrownBy(() -> ProviderRegistry.discover(loader))
                .isInstanceOf(ProviderDiscoveryException.class)
                .hasMessageContaining("Provider plugin 'future'")
                .hasMessageContaining(FutureProvider.class.getName())
                .hasMessageContaining("was built for dclink SPI 2.0")
                .hasMessageContaining("implements SPI 1.1")
                .hasMessageContaining("Use a build of the plugin for SPI 1.x");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            assertThatThrownBy(DirectConnect::providers).as("listing the installed plugins refuses it too")
                    .isInstanceOf(ProviderDiscoveryException.class).hasMessageContaining("'future'");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void theVersionAPluginReportsIsTheOneOfTheSpiItWasCompiledAgainst() throws Exception {
        assertThat(SpiCompatibility.accepts(new SpiVersion(2, SpiVersion.MINOR))).as("this runtime does not implement 2.x")
                .isFalse();
        assertThat(SpiCompatibility.accepts(new SpiVersion(1, 0))).as("plugins built before regionless() still run").isTrue();
        Path pluginSource = PluginCompiler.source(dir.resolve("plugin-src"), PLUGIN, PLUGIN_SOURCE);
        Path standIns = dir.resolve("provider-spi-2");
        PluginCompiler.source(standIns, SpiVersion.class.getName(), spiVersionSourceWithMajor(2));

        Path builtFor2 = PluginCompiler.compile(dir.resolve("built-for-2"), standIns, pluginSource);
        Path builtFor1 = PluginCompiler.compile(dir.resolve("built-for-1"), null, pluginSource);

        assertThat(builtFor2.resolve("io/dclink/spi")).as("only the plugin was compiled, not the stand-in").doesNotExist();
        assertThat(builtFor2.resolve(PLUGIN.replace('.', '/') + ".class")).exists();
        ClassLoader loader2 = PluginClassLoaders.withAdditionalPlugins(builtFor2, PLUGIN);
        assertThat(loader2.loadClass(SpiVersion.class.getName())).as("the runtime's own SpiVersion is the one loaded")
                .isSameAs(SpiVersion.class);
        assertThat(loader2.loadClass(PLUGIN).getProtectionDomain().getCodeSource().getLocation())
                .isEqualTo(builtFor2.toUri().toURL());
        assertThat(SpiVersion.MAJOR).as("the provider-spi the test runs with").isEqualTo(1);
        assertThatThrownBy(() -> ProviderRegistry.discover(loader2))
                .isInstanceOf(ProviderDiscoveryException.class)
                .hasMessageContaining("Provider plugin 'inlined'")
                .hasMessageContaining("was built for dclink SPI 2." + SpiVersion.MINOR)
                .hasMessageContaining("implements SPI 1.1")
                .hasMessageContaining("Use a build of the plugin for SPI 1.x");

        ProviderRegistry accepted = ProviderRegistry.discover(PluginClassLoaders.withAdditionalPlugins(builtFor1, PLUGIN));
        assertThat(accepted.installed()).filteredOn(info -> info.id().equals("inlined"))
                .extracting(ProviderInfo::spiVersion).containsExactly(SpiVersion.MAJOR + "." + SpiVersion.MINOR);
    }

    /** The real SpiVersion record's source, but for another major version. */
    private static String spiVersionSourceWithMajor(int major) throws IOException {
        String projectDir = System.getProperty("dclink.project.dir");
        if (projectDir == null) {
            throw new IllegalStateException("system property dclink.project.dir is not set (the Maven build sets it)");
        }
        String real = Files.readString(Path.of(projectDir, "provider-spi", "src", "main", "java", "io", "dclink", "spi",
                "SpiVersion.java"));
        String declaration = "public static final int MAJOR = " + SpiVersion.MAJOR + ";";
        assertThat(real).as("the real SpiVersion declares MAJOR as a constant").contains(declaration);
        return real.replace(declaration, "public static final int MAJOR = " + major + ";");
    }
}
