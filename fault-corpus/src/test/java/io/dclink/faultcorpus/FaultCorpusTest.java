package io.dclink.faultcorpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dclink.Capability;
import io.dclink.spi.ProviderOperation;
import io.dclink.testkit.emulator.Faults;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * The fault corpus: at least a thousand seeded fault cases and three hundred bad-input cases
 * across the Tencent and Alibaba plugins and every operation they bind, through the public API,
 * against the emulators on loopback. It fails on any duplicate order, untyped exception, hang or
 * wrong result, and writes {@code target/fault-corpus-report.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultCorpusTest {

    private static final List<String> PROVIDERS = List.of("tencent", "alibaba");
    /** The outer limit of a whole case, preparation and checks included. */
    private static final Duration CASE_LIMIT = Duration.ofSeconds(60);

    private static CorpusSettings settings;
    private static CorpusReport report;
    private static CaseRunner runner;
    private static final Map<String, List<Bench>> BENCHES = new LinkedHashMap<>();
    private static final Map<ProviderOperation<?, ?>, Scenario> SCENARIOS = Scenarios.all();

    @BeforeAll
    static void start() {
        settings = CorpusSettings.fromSystemProperties();
        System.out.println("dclink fault corpus: seed " + settings.seed() + " (rerun the same cases with -Ddclink.faultcorpus.seed="
                + settings.seed() + "); report: " + settings.report().toAbsolutePath());
        report = new CorpusReport(settings);
        runner = new CaseRunner(settings.caseTimeout());
        for (String provider : PROVIDERS) {
            List<Bench> benches = new ArrayList<>();
            for (int i = 0; i < settings.workers().get(provider); i++) {
                String worker = provider.charAt(0) + Integer.toString(i);
                Bench bench = provider.equals("tencent") ? new TencentBench(settings, worker) : new AlibabaBench(settings, worker);
                bench.start();
                benches.add(bench);
            }
            BENCHES.put(provider, benches);
        }
    }

    @AfterAll
    static void finish() throws IOException {
        try {
            report.write();
            System.out.println("dclink fault corpus: seed " + settings.seed() + "; report written to "
                    + settings.report().toAbsolutePath());
        } finally {
            BENCHES.values().forEach(benches -> benches.forEach(Bench::close));
            runner.close();
        }
    }

    @Test
    @Order(1)
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void faultCasesNeverOrderTwiceNeverHangAndNeverReportALie() throws Exception {
        long started = System.nanoTime();
        Map<String, List<FaultCases.Calibration>> calibrations = inParallel(PROVIDERS, FaultCorpusTest::calibrate);
        calibrations.values().forEach(report::calibrated);
        List<FaultCase> cases = FaultCases.generate(settings.seed(), settings.faultCases(), calibrations,
                settings.requestTimeout().toMillis());

        Map<String, List<CaseResult>> byProvider = inParallel(PROVIDERS, provider -> runFaults(provider,
                cases.stream().filter(c -> c.provider().equals(provider)).toList(), calibrations.get(provider)));
        List<CaseResult> results = new ArrayList<>();
        calibrations.values().forEach(list -> list.forEach(c -> results.add(c.baseline())));
        byProvider.values().forEach(results::addAll);
        report.faults(results, Duration.ofNanos(System.nanoTime() - started));

        for (String provider : PROVIDERS) {
            Set<String> bound = new TreeSet<>(bound(provider).stream().map(ProviderOperation::name).toList());
            Set<String> calibrated = new TreeSet<>(calibrations.get(provider).stream().map(c -> c.operation().name()).toList());
            assertEquals(bound, calibrated, provider + ": every operation the plugin binds has a scenario");
            Set<String> exercised = new TreeSet<>(cases.stream().filter(c -> c.provider().equals(provider))
                    .map(c -> c.operation().name()).toList());
            assertEquals(bound, exercised, provider + ": every bound operation suffers faults");
        }
        assertTrue(cases.size() >= 1_000 || settings.faultCases() < 1_000, "at least 1,000 fault cases, got " + cases.size());
        List<CaseResult> failed = results.stream().filter(CaseResult::failed).toList();
        assertTrue(failed.isEmpty(), () -> "seed " + settings.seed() + ": " + CorpusReport.summary(results, 25)
                + "\nsee " + settings.report().toAbsolutePath());
    }

    @Test
    @Order(2)
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void badInputIsRefusedWithTypedErrorsNeverHangsAndNeverOrdersTwice() throws Exception {
        long started = System.nanoTime();
        Map<String, Set<ProviderOperation<?, ?>>> bound = new LinkedHashMap<>();
        PROVIDERS.forEach(provider -> bound.put(provider, new LinkedHashSet<>(bound(provider))));
        List<BadInputs.BadInputCase> cases = BadInputs.generate(settings.seed(), settings.badInputCases(), bound);

        Map<String, List<CaseResult>> byProvider = inParallel(PROVIDERS, provider -> runBadInputs(provider,
                cases.stream().filter(c -> c.provider().equals(provider)).toList()));
        List<CaseResult> results = new ArrayList<>();
        byProvider.values().forEach(results::addAll);
        report.badInputs(results, Duration.ofNanos(System.nanoTime() - started));

        assertTrue(cases.size() >= 300 || settings.badInputCases() < 300, "at least 300 bad-input cases, got " + cases.size());
        for (String provider : PROVIDERS) {
            assertTrue(cases.stream().anyMatch(c -> c.provider().equals(provider)), "bad input for " + provider);
        }
        List<CaseResult> failed = results.stream().filter(CaseResult::failed).toList();
        assertTrue(failed.isEmpty(), () -> "seed " + settings.seed() + ": " + CorpusReport.summary(results, 25)
                + "\nsee " + settings.report().toAbsolutePath());
    }

    // ---- calibration ----------------------------------------------------------------------------------------

    /**
     * The operations a provider's plugin binds; the redundant-pair scenario (keyed by the native order's
     * operation) also where the pair is two separate lines, as long as the provider builds pairs.
     */
    private static List<ProviderOperation<?, ?>> bound(String provider) {
        Set<Capability> capabilities = BENCHES.get(provider).get(0).helper().provider().capabilities();
        return ProviderOperation.all().stream().filter(op -> capabilities.contains(op.capability())
                || op == ProviderOperation.CONNECTION_REDUNDANT_ORDER && capabilities.contains(Capability.REDUNDANT_PAIR))
                .toList();
    }

    /**
     * Runs every bound operation of a provider without faults, spread over its benches: the
     * baseline, the wire operations it sends, what their answers hold.
     */
    private static List<FaultCases.Calibration> calibrate(String provider) throws Exception {
        List<ProviderOperation<?, ?>> operations = bound(provider).stream().filter(SCENARIOS::containsKey).toList();
        List<Bench> benches = BENCHES.get(provider);
        Map<Bench, List<ProviderOperation<?, ?>>> parts = new LinkedHashMap<>();
        for (int i = 0; i < operations.size(); i++) {
            parts.computeIfAbsent(benches.get(i % benches.size()), b -> new ArrayList<>()).add(operations.get(i));
        }
        Map<Bench, List<FaultCases.Calibration>> done = inParallel(new ArrayList<>(parts.keySet()), bench -> {
            List<FaultCases.Calibration> out = new ArrayList<>();
            for (ProviderOperation<?, ?> operation : parts.get(bench)) {
                out.add(calibrate(bench, operation));
            }
            return out;
        });
        List<FaultCases.Calibration> all = new ArrayList<>();
        done.values().forEach(all::addAll);
        all.sort(java.util.Comparator.comparingInt(c -> ProviderOperation.all().indexOf(c.operation())));
        return all;
    }

    private static FaultCases.Calibration calibrate(Bench bench, ProviderOperation<?, ?> operation) {
        Scenario scenario = SCENARIOS.get(operation);
        String id = "C-" + bench.provider() + "-" + operation.name();
        CaseRunner.Run baseline = runner.guarded(id, bench.provider(), operation.name(), CorpusFault.NONE.name(),
                "no fault (baseline)", CASE_LIMIT, () -> runner.run(bench, scenario, id, CorpusFault.NONE.name(),
                        "no fault (baseline)", null, Plans.none(), false));
        if (baseline.result().failures().contains(Failure.HANG)) {
            bench.recycle();
        }
        Map<String, Set<String>> answers = new LinkedHashMap<>();
        List<String> wire = baseline.wireOperations();
        CaseRunner.Plan recording = new CaseRunner.Plan() {
                    @Override
                    public void script(Bench b, Prepared prepared) {
                        for (String op : wire) {
                            Set<String> seen = Collections.synchronizedSet(new TreeSet<>());
                            answers.put(op, seen);
                            b.emulator().faults().rewrite(op, new Rewrites.Recorder(seen), FaultCases.EVERY_ANSWER);
                        }
                    }
                };
        CaseRunner.Run recorded = runner.guarded(id + "-recorded", bench.provider(), operation.name(),
                CorpusFault.NONE.name(), "recording", CASE_LIMIT, () -> runner.run(bench, scenario, id + "-recorded",
                        CorpusFault.NONE.name(), "recording", null, recording, false));
        if (recorded.result().failures().contains(Failure.HANG)) {
            bench.recycle();
        }
        Prepared probe = baseline.prepared();
        int stateTargets = probe == null ? 0 : (int) probe.stateTargets.stream()
                .filter(t -> bench.settableStates().contains(t.type())).count();
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        answers.forEach((op, seen) -> frozen.put(op, Set.copyOf(seen)));
        List<String> operations = new ArrayList<>(new LinkedHashSet<>(wire));
        recorded.wireOperations().stream().filter(op -> !operations.contains(op)).forEach(operations::add);
        operations.remove(Faults.ANY);
        return new FaultCases.Calibration(bench.provider(), operation, List.copyOf(operations), frozen,
                baseline.targetChanged(), stateTargets, baseline.result());
    }

    // ---- running -----------------------------------------------------------------------------------------------

    private static List<CaseResult> runFaults(String provider, List<FaultCase> cases,
            List<FaultCases.Calibration> calibrations) throws Exception {
        Map<ProviderOperation<?, ?>, FaultCases.Calibration> byOperation = new LinkedHashMap<>();
        calibrations.forEach(c -> byOperation.put(c.operation(), c));
        return partitioned(provider, cases, c -> new String[] {c.id(), c.operation().name(), c.fault().name(),
                c.describe()}, (bench, c) -> runner.run(bench, SCENARIOS.get(c.operation()), c.id(),
                c.fault().name(), c.describe(), null, Plans.of(c), byOperation.get(c.operation()).changesTarget()));
    }

    private static List<CaseResult> runBadInputs(String provider, List<BadInputs.BadInputCase> cases) throws Exception {
        return partitioned(provider, cases, c -> new String[] {c.id(), c.scenario().operation().name(), c.category(),
                c.argument() + ": " + c.detail()}, (bench, c) -> runner.run(bench, c.scenario(), c.id(), c.category(),
                c.argument() + ": " + c.detail(), c.argument(), Plans.none(), false));
    }

    /** Runs a provider's cases on its benches, case i on bench i mod n, each bench's cases in order. */
    private static <C> List<CaseResult> partitioned(String provider, List<C> cases,
            java.util.function.Function<C, String[]> describe, java.util.function.BiFunction<Bench, C, CaseRunner.Run> run)
            throws Exception {
        List<Bench> benches = BENCHES.get(provider);
        Map<Bench, List<C>> parts = new LinkedHashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            parts.computeIfAbsent(benches.get(i % benches.size()), b -> new ArrayList<>()).add(cases.get(i));
        }
        Map<Bench, List<CaseResult>> results = inParallel(new ArrayList<>(parts.keySet()), bench -> {
            List<CaseResult> out = new ArrayList<>();
            for (C c : parts.get(bench)) {
                CaseRunner.Run done = runner.guarded(describe.apply(c)[0], provider, describe.apply(c)[1],
                        describe.apply(c)[2], describe.apply(c)[3], CASE_LIMIT, () -> run.apply(bench, c));
                out.add(done.result());
                if (done.result().failures().contains(Failure.HANG)) {
                    bench.recycle();
                } else {
                    bench.recycleIfFull();
                }
            }
            return out;
        });
        List<CaseResult> all = new ArrayList<>();
        results.values().forEach(all::addAll);
        all.sort(java.util.Comparator.comparingInt(r -> Integer.parseInt(r.id().substring(1))));
        return all;
    }

    /** Applies a function to each key on its own thread; the results by key, in the keys' order. */
    private static <K, V> Map<K, V> inParallel(List<K> keys, ThrowingFunction<K, V> function) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, keys.size()));
        try {
            Map<K, Future<V>> futures = new LinkedHashMap<>();
            keys.forEach(key -> futures.put(key, pool.submit(() -> function.apply(key))));
            Map<K, V> results = new LinkedHashMap<>();
            for (Map.Entry<K, Future<V>> entry : futures.entrySet()) {
                try {
                    results.put(entry.getKey(), entry.getValue().get());
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface ThrowingFunction<K, V> {
        V apply(K key) throws Exception;
    }
}
