package io.dclink.core.testserver;

import java.util.function.Predicate;

/** Counts threads without measuring time: how many were created, and which are alive. */
public final class LiveThreads {

    private LiveThreads() {
    }

    /**
     * A mark of how many threads the JVM has created so far: every new {@link Thread} takes the next
     * id, so the difference of two marks is the number of threads created in between (plus one for
     * the mark itself).
     */
    public static long mark() {
        return new Thread(() -> { }).getId();
    }

    /** Threads created between two marks. */
    public static long createdBetween(long before, long after) {
        return after - before - 1;
    }

    /** Live threads whose name passes the test. */
    public static int count(Predicate<String> name) {
        return (int) Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && name.test(t.getName())).count();
    }

    /** Live threads of dclink clients and of JDK HTTP clients (their selector threads). */
    public static int ofHttpClients() {
        return count(name -> name.startsWith("dclink-") && !name.startsWith("dclink-scheduler")
                || name.matches("HttpClient-\\d+-SelectorManager"));
    }

    /** Polls a condition until it holds or the attempts run out, pausing between attempts; no timing is asserted. */
    public static boolean eventually(java.util.function.BooleanSupplier condition, int attempts, Runnable between)
            throws InterruptedException {
        for (int i = 0; i < attempts; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            between.run();
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }
}
