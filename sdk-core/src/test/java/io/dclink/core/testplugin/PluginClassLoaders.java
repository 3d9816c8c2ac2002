package io.dclink.core.testplugin;

import io.dclink.spi.DirectConnectProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Class loaders that change which provider plugins are installed, by adding or hiding real
 * META-INF/services files; discovery itself runs through the real ServiceLoader.
 */
public final class PluginClassLoaders {

    public static final String SERVICE_FILE = "META-INF/services/" + DirectConnectProvider.class.getName();

    private PluginClassLoaders() {
    }

    /**
     * The test class path plus a directory holding a services file naming more plugin classes.
     * The classes are looked up in the directory (for classes compiled there) after the test class
     * path.
     */
    public static ClassLoader withAdditionalPlugins(Path dir, String... classNames) {
        try {
            Path file = dir.resolve(SERVICE_FILE);
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", classNames) + "\n");
            return new URLClassLoader(new URL[] {dir.toUri().toURL()}, PluginClassLoaders.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test class path plus the HTTP test plugins "gamma" and "gammatokens". */
    public static ClassLoader withGamma(Path dir) {
        return withAdditionalPlugins(dir, GammaProvider.class.getName(), GammaTokenProvider.class.getName());
    }

    /** The test class path plus the in-memory test plugin "delta". */
    public static ClassLoader withDelta(Path dir) {
        return withAdditionalPlugins(dir, DeltaProvider.class.getName());
    }

    /** The test class path with every provider plugin registration hidden. */
    public static ClassLoader withoutPlugins() {
        return new ClassLoader(PluginClassLoaders.class.getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.equals(SERVICE_FILE) ? Collections.emptyEnumeration() : super.getResources(name);
            }
        };
    }
}
