package io.dclink.faultcorpus;

import io.dclink.error.ValidationException;
import io.dclink.testkit.emulator.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one case: prepares it without faults, takes the counts and the snapshot, scripts the fault,
 * makes the call under a hard time limit, waits until the emulator is quiet, and judges: a
 * duplicate order, an untyped exception, a hang, a wrong answer.
 */
final class CaseRunner implements AutoCloseable {

    /** How the fault is put in place: the state before the snapshot, the scripted faults just before the call. */
    interface Plan {
        /** Sets what the case needs on resources (the undocumented state); before the snapshot. */
        default void onResources(Bench bench, Prepared prepared) {
        }

        /** Scripts the emulator's faults; just before the call. */
        default void script(Bench bench, Prepared prepared) {
        }

        /** What the fault did, once the call is over (how many answers a rewrite changed). */
        default String effect() {
            return "";
        }
    }

    /** One case's run: its result, and what the calibration keeps of it. */
    record Run(CaseResult result, List<String> wireOperations, boolean targetChanged, Prepared prepared) {
    }

    /** What was thrown or answered, and whether the call hung. */
    record Attempt(Object value, Throwable thrown, boolean hung, long millis) {
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Duration caseTimeout;
    private final ExecutorService calls = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fault-corpus-call-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    CaseRunner(Duration caseTimeout) {
        this.caseTimeout = caseTimeout;
    }

    /**
     * Runs a case.
     *
     * @param bench where
     * @param scenario the operation
     * @param id the case's id
     * @param kind the fault kind or bad-input category, for the report
     * @param detail the fault's parameters or the bad input, for the report
     * @param argument the argument at fault in a bad-input case, or {@code null} in a fault case
     * @param plan the fault
     * @param changeExpected whether a success must change the call's target (the calibration saw it do so)
     * @return the run
     */
    Run run(Bench bench, Scenario scenario, String id, String kind, String detail, String argument, Plan plan,
            boolean changeExpected) {
        long started = System.nanoTime();
        String provider = bench.provider();
        String operation = scenario.operation().name();
        Prepared prepared;
        String before = null;
        int countBefore = 0;
        try {
            prepared = scenario.prepare().apply(bench);
            prepared.bench = bench;
            plan.onResources(bench, prepared);
            if (scenario.changes()) {
                before = bench.snapshot(prepared.targetType, prepared.id, prepared);
            }
            if (scenario.creates() != null) {
                countBefore = bench.count(scenario.creates(), prepared);
            }
        } catch (Throwable setup) {
            return new Run(new CaseResult(id, provider, operation, kind, detail, "setup", EnumSet.of(Failure.SETUP),
                    List.of("the case could not be prepared without faults: " + setup), setup, "", 0, millisSince(started)), List.of(), false, null);
        }

        int mark = bench.emulator().requests().size();
        Attempt attempt;
        try {
            plan.script(bench, prepared);
            Prepared input = prepared;
            attempt = call(() -> scenario.invoke().apply(bench.subject(), input));
        } finally {
            bench.emulator().faults().clear();
        }
        boolean quiet;
        try {
            quiet = bench.emulator().awaitIdle(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            quiet = false;
        }
        List<RecordedRequest> log = bench.emulator().requests().all();
        List<RecordedRequest> sent = log.subList(Math.min(mark, log.size()), log.size());

        Set<Failure> failures = EnumSet.noneOf(Failure.class);
        List<String> problems = new ArrayList<>();
        Throwable thrown = attempt.thrown();
        String outcome = attempt.hung() ? "hang" : Judge.outcome(thrown, argument);
        if (attempt.hung()) {
            failures.add(Failure.HANG);
            problems.add("the call did not return within " + caseTimeout.toMillis() + " ms");
        } else if (thrown != null && !Judge.acceptable(thrown, argument)) {
            failures.add(Failure.UNTYPED);
            problems.add(argument == null
                    ? "threw " + thrown + " (not a DirectConnectException)"
                    : "threw " + thrown + " (neither a DirectConnectException nor a programmer error naming '" + argument + "')");
        }
        if (!quiet) {
            problems.add("the emulator was still busy 5 s after the call");
        }
        boolean success = !attempt.hung() && thrown == null;
        boolean targetChanged = false;
        String note = "";
        try {
            if (scenario.creates() != null) {
                int delta = bench.count(scenario.creates(), prepared) - countBefore;
                int expected = scenario.createdCount();
                if (delta > expected) {
                    failures.add(Failure.DUPLICATE);
                    problems.add("one create left " + delta + " new " + scenario.creates() + " resources in the emulator");
                } else if (success && delta != expected) {
                    failures.add(Failure.WRONG_RESULT);
                    problems.add("the create succeeded but the emulator holds " + delta + " new " + scenario.creates());
                } else if (!success && !attempt.hung() && delta == expected && !mayHaveBeenDone(thrown)) {
                    note = "created despite " + thrown.getClass().getSimpleName();
                }
            }
            if (success) {
                List<String> wrong = scenario.verify().check(bench, prepared, attempt.value());
                if (!wrong.isEmpty()) {
                    failures.add(Failure.WRONG_RESULT);
                    problems.addAll(wrong);
                }
            }
            if (scenario.changes() && !attempt.hung()) {
                String after = bench.snapshot(prepared.targetType, prepared.id, prepared);
                targetChanged = !Objects.equals(before, after);
                boolean saidGone = sent.stream().anyMatch(r -> r.status() == 404);
                if (success && changeExpected && !targetChanged && !saidGone) {
                    failures.add(Failure.WRONG_RESULT);
                    problems.add("the call succeeded but " + prepared.targetType + " " + prepared.id
                            + " is unchanged (" + after + ")");
                }
            }
            if (argument != null && thrown instanceof ValidationException && !sent.isEmpty()) {
                failures.add(Failure.WRONG_RESULT);
                problems.add("a ValidationException (nothing sent) but the emulator received " + sent.size()
                        + " requests: " + wire(sent));
            }
        } catch (Throwable check) {
            failures.add(Failure.VERIFY);
            problems.add("checking the case without faults failed: " + check);
            if (thrown == null) {
                thrown = check;
            }
        }
        String effect = plan.effect();
        if (!effect.isEmpty()) {
            note = note.isEmpty() ? effect : note + "; " + effect;
        }
        String wire = wire(sent) + (note.isEmpty() ? "" : " {" + note + "}");
        CaseResult result = new CaseResult(id, provider, operation, kind, detail, outcome, failures, problems, thrown,
                wire, attempt.millis(), millisSince(started));
        List<String> operations = new ArrayList<>(new LinkedHashSet<>(sent.stream().map(RecordedRequest::operation).toList()));
        return new Run(result, operations, targetChanged, prepared);
    }

    /** Whether an error admits that the call may have taken effect. */
    private static boolean mayHaveBeenDone(Throwable thrown) {
        if (thrown instanceof io.dclink.error.OutcomeUnknownException) {
            return true;
        }
        return thrown instanceof io.dclink.error.ProviderUnavailableException unavailable
                && unavailable.requestMayHaveBeenProcessed();
    }

    /**
     * Runs a whole case (preparation and checks included) under an outer limit, so that a
     * fault-free call that never returns stops the case, not the corpus.
     *
     * @param id the case's id
     * @param provider the provider
     * @param operation the operation
     * @param kind the fault kind or category
     * @param detail the fault or input
     * @param limit the outer limit
     * @param work the case
     * @return its run, or a hang
     */
    Run guarded(String id, String provider, String operation, String kind, String detail, Duration limit,
            Callable<Run> work) {
        long start = System.nanoTime();
        Future<Run> future = calls.submit(work);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException hung) {
            future.cancel(true);
            return new Run(new CaseResult(id, provider, operation, kind, detail, "hang", EnumSet.of(Failure.HANG),
                    List.of("the case, preparation and checks included, did not finish within " + limit.toMillis() + " ms"),
                    null, "", millisSince(start), millisSince(start)), List.of(), false, null);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            return new Run(new CaseResult(id, provider, operation, kind, detail, "setup", EnumSet.of(Failure.SETUP),
                    List.of("the corpus itself failed on the case: " + cause), cause, "", 0, millisSince(start)),
                    List.of(), false, null);
        } catch (InterruptedException interrupted) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running case " + id, interrupted);
        }
    }

    /** Makes a call under the hard limit; a call still running then is a hang (its thread is interrupted). */
    Attempt call(Callable<Object> call) {
        long start = System.nanoTime();
        Future<Object> future = calls.submit(call);
        try {
            Object value = future.get(caseTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Attempt(value, null, false, millisSince(start));
        } catch (TimeoutException hung) {
            future.cancel(true);
            return new Attempt(null, null, true, millisSince(start));
        } catch (ExecutionException failed) {
            return new Attempt(null, failed.getCause(), false, millisSince(start));
        } catch (InterruptedException interrupted) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Attempt(null, interrupted, false, millisSince(start));
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000L;
    }

    static String wire(List<RecordedRequest> sent) {
        List<String> parts = new ArrayList<>();
        for (RecordedRequest request : sent) {
            parts.add(request.operation() + ":" + request.status()
                    + (request.fault() == null ? "" : "[" + request.fault() + "]"));
        }
        if (parts.size() > 40) {
            int more = parts.size() - 40;
            parts = new ArrayList<>(parts.subList(0, 40));
            parts.add("... " + more + " more");
        }
        return String.join(", ", parts);
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }
}
