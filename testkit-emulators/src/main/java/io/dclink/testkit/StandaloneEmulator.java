package io.dclink.testkit;

import io.dclink.auth.ApiKeyCredentials;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.EmulatorProvider;
import io.dclink.testkit.emulator.Emulators;
import io.dclink.testkit.emulator.KeyRing;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs one provider's emulator on a chosen port until stopped, for clients in any language (as
 * LocalStack does). It accepts the documented test key pair and the pair in the provider's usual
 * environment variables; request timestamps are checked against real time, and its clock follows
 * real time (so time-driven lifecycle steps happen) unless moved further through the admin
 * endpoint.
 */
public final class StandaloneEmulator {

    private StandaloneEmulator() {
    }

    /**
     * Starts a standalone emulator.
     *
     * @param providerId the provider id
     * @param port the port; 0 picks a free one
     * @param environment where to read the provider's credential variables
     * @return the started emulator; closing it stops it
     */
    public static Emulator start(String providerId, int port, Map<String, String> environment) {
        EmulatorProvider provider = Emulators.forProvider(providerId);
        List<String> variables = provider.credentialVariables();
        // one variable holds a bearer key, which is its own key id and secret
        EmulatorOptions options = variables.isEmpty()
                ? EmulatorOptions.standalone(port, environment, "", "")
                : EmulatorOptions.standalone(port, environment, variables.get(0), variables.get(variables.size() >= 2 ? 1 : 0));
        Emulator emulator = provider.create(options).start();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dclink-emulator-clock");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(() -> {
            Duration behind = Duration.between(emulator.clock().instant(), Instant.now());
            if (!behind.isNegative()) {
                emulator.clock().advance(behind);
            }
        }, 1, 1, TimeUnit.SECONDS);
        return emulator;
    }

    /**
     * Describes a running standalone emulator for its user.
     *
     * @param emulator the emulator
     * @param out where to print
     */
    public static void describe(Emulator emulator, PrintStream out) {
        out.println("dclink " + emulator.providerId() + " emulator listening on " + emulator.baseUri()
                + (emulator.regional() ? " (region " + emulator.region() + ")" : " (no regions)"));
        String test = emulator.testCredentials() instanceof ApiKeyCredentials
                ? "API key " + KeyRing.TEST_KEY_ID
                : "key id " + KeyRing.TEST_KEY_ID + ", secret " + KeyRing.TEST_SECRET;
        out.println("test credentials: " + test + " (the provider's usual environment variables are accepted too)");
        out.println("operator: POST " + emulator.baseUri() + "/_dclink/operator/{approve|reject|markPaid|issueLoa|"
                + "rejectLoa|completeConstruction|advance|linkUp|linkDown}?id=ID[&type=VIRTUAL_INTERFACE]");
        out.println("clock:    POST " + emulator.baseUri() + "/_dclink/clock/advance?workingDays=N");
        out.println("faults:   POST " + emulator.baseUri() + "/_dclink/faults?operation=OP&kind=KIND&times=N, "
                + "DELETE to clear; GET " + emulator.baseUri() + "/_dclink/faults/kinds lists the kinds");
    }

    /**
     * Runs an emulator in the foreground: {@code StandaloneEmulator PROVIDER [--port N]}.
     *
     * @param args the arguments
     * @throws InterruptedException if interrupted while running
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: StandaloneEmulator PROVIDER [--port N]");
            System.exit(2);
        }
        int port = 0;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--port") && i + 1 < args.length) {
                port = Integer.parseInt(args[++i]);
            }
        }
        Emulator emulator = start(args[0], port, System.getenv());
        describe(emulator, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
