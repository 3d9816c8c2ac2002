package io.dclink.cli;

import io.dclink.testkit.StandaloneEmulator;
import io.dclink.testkit.emulator.Emulator;
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
        Emulator emulator;
        try {
            emulator = StandaloneEmulator.start(providerId, port, console.env());
        } catch (IllegalArgumentException unknown) {
            throw new UsageException(unknown.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "dclink-emulator-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        StandaloneEmulator.describe(emulator, console.out());
        console.out().println("use it:   DCLINK_PROVIDER=" + providerId
                + (emulator.regional() ? " DCLINK_REGION=" + emulator.region() : "")
                + " DCLINK_ENDPOINT=" + emulator.baseUri() + " dclink connections list");
        console.out().println("operate:  dclink emulator --endpoint " + emulator.baseUri() + " approve ID");
        console.out().flush();
        try {
            stopped.await();
        } catch (InterruptedException interrupted) {
            Runtime.getRuntime().removeShutdownHook(hook);
            emulator.close();
        }
        return ExitCodes.OK;
    }
}
