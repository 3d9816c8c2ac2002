package io.dclink.faultcorpus;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the corpus runs. Every value can be changed with a system property, e.g.
 * {@code ./mvnw -o verify -pl fault-corpus -am -Ddclink.faultcorpus.seed=42}.
 *
 * @param seed the seed of every random choice (the cases, their parameters, the fields a rewrite hits)
 * @param faultCases how many fault cases, across both providers
 * @param badInputCases how many bad-input cases, across both providers
 * @param workers how many emulators (each with its own clients) run cases of each provider at once; Alibaba's
 *     cases wait out the plugin's polling of route-table entries, so it gets more
 * @param requestTimeout the timeout of one HTTP attempt of the client under test
 * @param idempotencyWindow how long the subject client looks for a create whose outcome is unknown
 * @param caseTimeout the hard limit of one case's call; a call still running then is a hang
 * @param report where the Markdown report is written
 */
record CorpusSettings(long seed, int faultCases, int badInputCases, java.util.Map<String, Integer> workers, Duration requestTimeout,
        Duration idempotencyWindow, Duration caseTimeout, Path report) {

    /** The seed used unless {@code dclink.faultcorpus.seed} says otherwise. */
    static final long DEFAULT_SEED = 20_261_212L;

    static CorpusSettings fromSystemProperties() {
        return new CorpusSettings(
                Long.decode(System.getProperty("dclink.faultcorpus.seed", Long.toString(DEFAULT_SEED))),
                Integer.getInteger("dclink.faultcorpus.faultCases", 1_200),
                Integer.getInteger("dclink.faultcorpus.badInputCases", 360),
                java.util.Map.of("tencent", Integer.getInteger("dclink.faultcorpus.workers.tencent", 3),
                        "alibaba", Integer.getInteger("dclink.faultcorpus.workers.alibaba", 6)),
                Duration.ofMillis(Integer.getInteger("dclink.faultcorpus.requestTimeoutMillis", 300)),
                Duration.ofMillis(Integer.getInteger("dclink.faultcorpus.idempotencyWindowMillis", 600)),
                Duration.ofMillis(Integer.getInteger("dclink.faultcorpus.caseTimeoutMillis", 5_000)),
                Path.of(System.getProperty("dclink.faultcorpus.report", "target/fault-corpus-report.md")));
    }
}
