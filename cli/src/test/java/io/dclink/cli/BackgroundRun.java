package io.dclink.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A command line running on its own thread, so that a test can act on what it has printed so far. */
final class BackgroundRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CompletableFuture<Integer> exitCode;

    private BackgroundRun(Map<String, String> env, String... args) {
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        exitCode = CompletableFuture.supplyAsync(() -> Cli.run(args, stdout, stderr, env));
    }

    static BackgroundRun start(Map<String, String> env, String... args) {
        return new BackgroundRun(env, args);
    }

    /** Until standard error holds the text: the test acts on what the command has seen, not on time. */
    BackgroundRun awaitErr(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            boolean ended = exitCode.isDone();
            if (err.toString(StandardCharsets.UTF_8).contains(text)) {
                return this;
            }
            if (ended || System.nanoTime() > deadline) {
                throw new AssertionError("never printed '" + text + "':\n" + err.toString(StandardCharsets.UTF_8));
            }
            Thread.sleep(10);
        }
    }

    Run finish() throws Exception {
        int code = exitCode.get(60, TimeUnit.SECONDS);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
