package io.dclink.cli;

import io.dclink.testkit.StandaloneEmulator;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.Emulators;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dclink emulator start PROVIDER}: a provider's emulator in the foreground, for clients in any language. */
@Command(name = "start", description = "Run a provider's emulator in the foreground until interrupted.")
class EmulatorStartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROVIDER", description = "The provider whose API to emulate.")
    String providerId;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "The port (default: a free one).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        Console console = DclinkCommand.of(spec).console;
        Emulator emulator = start(console);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "dclink-emulator-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        StandaloneEmulator.describe(emulator, console.out());
        String command = console.env().getOrDefault("DCLINK_COMMAND", "dclink");
        console.out().println("use it:");
        for (String line : EmulatorBanner.useIt(emulator, credentialVariables(), command)) {
            console.out().println("  " + line);
        }
        console.out().println("operate:  " + command + " emulator --endpoint " + emulator.baseUri() + " approve ID");
        console.out().flush();
        try {
            stopped.await();
        } catch (InterruptedException interrupted) {
            Runtime.getRuntime().removeShutdownHook(hook);
            emulator.close();
        }
        return ExitCodes.OK;
    }

    private Emulator start(Console console) {
        try {
            return StandaloneEmulator.start(providerId, port, console.env());
        } catch (IllegalArgumentException unknown) {
            throw new UsageException(unknown.getMessage());
        } catch (UncheckedIOException cannotListen) {
            if (cannotListen.getCause() instanceof BindException) {
                throw new UsageException("port " + port + " on 127.0.0.1 is in use; choose another with --port, "
                        + "or leave --port out for a free one");
            }
            throw new RemoteFailure("the " + providerId + " emulator cannot listen on port " + port + ": "
                    + cannotListen.getCause().getMessage(), cannotListen);
        }
    }

    private List<String> credentialVariables() {
        return Emulators.forProvider(providerId).credentialVariables();
    }
}
