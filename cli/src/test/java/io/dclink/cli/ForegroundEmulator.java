package io.dclink.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command line that runs an emulator in the foreground, on its own thread, with what it has
 * printed so far; closing it interrupts the command, as Ctrl-C would.
 */
final class ForegroundEmulator implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");
    private static final Pattern BANNER_END = Pattern.compile("(?m)^operate: .*\\R");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Thread foreground;

    private ForegroundEmulator(Map<String, String> env, String... args) {
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        foreground = new Thread(() -> Cli.run(args, stdout, stderr, env), "dclink " + String.join(" ", args));
        foreground.start();
    }

    /** Starts the command line; the environment is read as the command reads it. */
    static ForegroundEmulator start(Map<String, String> env, String... args) {
        return new ForegroundEmulator(env, args);
    }

    /**
     * The base URL the emulator says it listens on, once its whole banner is out: the address comes
     * first and the "operate:" line last, so reading the banner at the address alone raced its end.
     */
    String awaitBaseUrl() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            String banner = out();
            Matcher m = LISTENING.matcher(banner);
            if (m.find() && BANNER_END.matcher(banner).find()) {
                return m.group(1);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the emulator did not say where it listens:\n" + out() + "\nstderr:\n" + err());
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    boolean isRunning() {
        return foreground.isAlive();
    }

    @Override
    public void close() {
        foreground.interrupt();
        try {
            foreground.join(5_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
