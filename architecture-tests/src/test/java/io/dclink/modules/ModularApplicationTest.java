package io.dclink.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.auth.AccessKeyCredentials;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.tencent.TencentEmulator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small modular application, {@code requires io.dclink.api}, {@code io.dclink.orders} and one provider
 * module, compiled and run on the module path in its own JVM with no {@code --add-modules}: the runtime and
 * its orders are found by service binding, and the application lists the lines of an emulated cloud and
 * reads its provider's pairing rules through the redundant-pair orders.
 */
class ModularApplicationTest {

    /** What the application's module path holds: dclink's modules and their libraries, nothing of the tests. */
    private static final Pattern RUNTIME = Pattern.compile(".*(/sdk-api/|/sdk-orders/|/provider-spi/|/provider-kit/|/sdk-core/"
            + "|/provider-tencent/|sdk-api-|sdk-orders-|provider-spi-|provider-kit-|sdk-core-|provider-tencent-"
            + "|/jackson-(core|databind|annotations)-"
            + "|/slf4j-api-).*");

    private static final String MODULE_INFO = """
            module app {
                requires io.dclink.api;
                requires io.dclink.orders;
                requires io.dclink.provider.tencent;
            }
            """;

    private static final String MAIN = """
            package app;

            import io.dclink.DirectConnect;
            import io.dclink.auth.Credentials;
            import io.dclink.pair.RedundantPairs;
            import java.net.URI;

            public final class Main {
                public static void main(String[] args) {
                    System.out.println("providers " + DirectConnect.providers().stream().map(p -> p.id()).toList());
                    try (DirectConnect dc = DirectConnect.builder().provider("tencent").region(args[1])
                            .endpoint(URI.create(args[0])).credentials(Credentials.accessKey(args[2], args[3])).build()) {
                        System.out.println("runtime " + dc.getClass().getModule().getName());
                        System.out.println("access points " + dc.accessPoints().list().stream().count());
                        System.out.println("lines " + dc.connections().list().stream().count());
                        System.out.println("pairs " + RedundantPairs.of(dc).rules().resiliences().size());
                    }
                }
            }
            """;

    @TempDir
    Path work;

    @Test
    void aModularApplicationRunsOnTheModulePathWithoutAddModules() throws Exception {
        String modulePath = modulePath();
        Path sources = work.resolve("src/app");
        Files.createDirectories(sources.resolve("app"));
        Files.writeString(sources.resolve("module-info.java"), MODULE_INFO);
        Files.writeString(sources.resolve("app/Main.java"), MAIN);
        Path classes = work.resolve("classes");

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "--module-path", modulePath, "-d", classes.toString(),
                sources.resolve("module-info.java").toString(), sources.resolve("app/Main.java").toString());
        assertThat(compiled).as("javac exit code").isZero();

        try (TencentEmulator emulator = new TencentEmulator(EmulatorOptions.defaults())) {
            emulator.start();
            AccessKeyCredentials keys = (AccessKeyCredentials) emulator.testCredentials();
            Process java = new ProcessBuilder(javaExecutable(), "--module-path", classes + File.pathSeparator + modulePath,
                    "-m", "app/app.Main", emulator.baseUri().toString(), emulator.region(), keys.accessKeyId(),
                    keys.secretKey().reveal())
                    .redirectErrorStream(true)
                    .start();
            assertThat(java.waitFor(60, TimeUnit.SECONDS)).as("the application ends").isTrue();
            String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(java.exitValue()).as(output).isZero();
            assertThat(output).contains("providers [tencent]").contains("runtime io.dclink.core")
                    .contains("access points 3").contains("lines 0").contains("pairs 2");
        }
    }

    private static String modulePath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (RUNTIME.matcher(entry.replace(File.separatorChar, '/')).matches()
                    && !entry.replace(File.separatorChar, '/').endsWith("test-classes")
                    && !entry.endsWith("-tests.jar")) {
                entries.add(entry);
            }
        }
        assertThat(entries).as("the runtime's modules on the test class path").hasSizeGreaterThanOrEqualTo(10);
        return String.join(File.pathSeparator, entries);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
