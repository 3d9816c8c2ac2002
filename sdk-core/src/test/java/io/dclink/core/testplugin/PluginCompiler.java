package io.dclink.core.testplugin;

import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.SpiVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles plugin sources in a test, with the JDK's compiler, against the real {@code provider-spi} and,
 * optionally, stand-in sources that replace some of its types.
 */
public final class PluginCompiler {

    private PluginCompiler() {
    }

    /**
     * Completes a compiled test plugin's descriptor with what every descriptor needs besides its
     * id, name and SPI version (alpha's credentials and errors, and no operations), so that the
     * plugin's source depends on nothing but those.
     */
    public static ProviderDescriptor complete(ProviderDescriptor.Builder builder) {
        return builder.credentials(AlphaProvider.CREDENTIALS)
                .errors(AlphaProvider.ERRORS, AlphaProvider.ENVELOPE)
                .operations(io.dclink.spi.OperationTable.builder(context -> context).build())
                .build();
    }

    /** Writes a Java source file under {@code root} for a top-level class, returning its path. */
    public static Path source(Path root, String className, String text) {
        Path file = root.resolve(className.replace('.', '/') + ".java");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Compiles sources into {@code out}: types are looked up first in {@code standIns} (sources,
     * which are not themselves written out), then in the real {@code provider-spi} and the test classes.
     *
     * @param out the output directory
     * @param standIns a source root whose types replace the real ones, or {@code null}
     * @param sources the files to compile
     * @return {@code out}
     */
    public static Path compile(Path out, Path standIns, Path... sources) {
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-proc:none", "-implicit:none", "-nowarn",
                "-classpath", location(SpiVersion.class) + java.io.File.pathSeparator + location(PluginCompiler.class)));
        if (standIns != null) {
            args.addAll(List.of("-sourcepath", standIns.toString(), "-Xprefer:source"));
        }
        for (Path source : sources) {
            args.add(source.toString());
        }
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = run(args.toArray(String[]::new), diagnostics);
        if (status != 0) {
            throw new AssertionError("javac " + String.join(" ", args) + " failed:\n"
                    + diagnostics.toString(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static int run(String[] args, OutputStream diagnostics) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new AssertionError("the tests need a JDK: ToolProvider.getSystemJavaCompiler() found no compiler");
        }
        return javac.run(null, diagnostics, diagnostics, args);
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
