package io.dclink.faultcorpus;

import io.dclink.spi.ProviderOperation;
import io.dclink.testkit.emulator.Faults;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The seeded generator of fault cases. It first gives every (provider, operation, applicable fault
 * kind) one case, then draws cases at random until the total is reached; every parameter (the
 * wire operation struck, how many times, the status, the Retry-After, the body, the raw state,
 * which field a rewrite hits) comes from one {@link SplittableRandom} seeded with the corpus seed,
 * so that a seed and the code under test give the same cases.
 */
final class FaultCases {

    /**
     * What a fault-free run of one operation showed: the wire operations it sends, in order; what
     * their answers hold (paging fields, pages, state fields); whether it changes its target; how
     * many of its resources can take an undocumented state.
     *
     * @param provider the provider
     * @param operation the operation
     * @param wireOperations the wire operations sent, in the order first sent
     * @param answers for each wire operation, what its answers held (see {@link Rewrites.Recorder})
     * @param changesTarget whether a successful call changes its target
     * @param stateTargets how many of the call's resources the operator can set an undocumented state on
     * @param baseline the fault-free run's result
     */
    record Calibration(String provider, ProviderOperation<?, ?> operation, List<String> wireOperations,
            Map<String, Set<String>> answers, boolean changesTarget, int stateTargets, CaseResult baseline) {

        /** The wire operations whose answers hold what a fault needs. */
        List<String> holding(String need) {
            return wireOperations.stream().filter(op -> answers.getOrDefault(op, Set.of()).contains(need)).toList();
        }

        boolean applies(CorpusFault fault) {
            if (fault == CorpusFault.NONE || wireOperations.isEmpty()) {
                return false;
            }
            if (fault == CorpusFault.UNDOCUMENTED_STATE) {
                return stateTargets > 0;
            }
            return fault.needs() == null || !holding(fault.needs()).isEmpty();
        }
    }

    static final List<String> RETRY_AFTERS = List.of("0", "1", "2", "30", "86400", "Wed, 21 Oct 2015 07:28:00 GMT",
            "Fri, 31 Dec 2100 23:59:59 GMT", "soon", "-5", "1.5", "");
    static final List<Integer> SERVER_STATUSES = List.of(500, 502, 503, 504);
    static final List<String> SERVER_RETRY_AFTERS = List.of("0", "1", "120");
    static final List<String> WRONG_BODIES = List.of("null", "[]", "\"x\"", "42", "{}", "true");
    static final List<String> ERROR_CODES = List.of("Dclink.Undocumented", "NoSuchCode", "Surprise.Failure",
            "Undocumented.InternalError.Maybe");
    static final List<Integer> ERROR_STATUSES = List.of(200, 400, 403, 404, 409, 500, 503);
    static final List<String> RAW_STATES = List.of("DCLINK_UNDOCUMENTED", "", "  ", "pending ", "\u0395\u03bd\u03b5\u03c1\u03b3\u03cc",
            "null", "0");
    /** How many answers a lie is told in: all of them. */
    static final int EVERY_ANSWER = 10_000;

    private FaultCases() {
    }

    /**
     * Generates the cases.
     *
     * @param seed the seed
     * @param total how many cases in all (at least the coverage)
     * @param calibrations the calibration of each provider's bound operations
     * @param requestTimeoutMillis the subject client's request timeout, which a delay must exceed
     * @return the cases, coverage first
     */
    static List<FaultCase> generate(long seed, int total, Map<String, List<Calibration>> calibrations,
            long requestTimeoutMillis) {
        SplittableRandom random = new SplittableRandom(seed);
        List<FaultCase> cases = new ArrayList<>();
        List<String> providers = new ArrayList<>(calibrations.keySet());
        for (String provider : providers) {
            for (Calibration calibration : calibrations.get(provider)) {
                for (CorpusFault fault : CorpusFault.values()) {
                    if (calibration.applies(fault)) {
                        cases.add(draw(cases.size(), calibration, fault, random, requestTimeoutMillis));
                    }
                }
            }
        }
        while (cases.size() < total) {
            String provider = providers.get(cases.size() % providers.size());
            List<Calibration> choices = calibrations.get(provider).stream()
                    .filter(c -> !c.wireOperations().isEmpty()).toList();
            if (choices.isEmpty()) {
                break;
            }
            Calibration calibration = choices.get(random.nextInt(choices.size()));
            List<CorpusFault> faults = java.util.Arrays.stream(CorpusFault.values()).filter(calibration::applies).toList();
            cases.add(draw(cases.size(), calibration, faults.get(random.nextInt(faults.size())), random,
                    requestTimeoutMillis));
        }
        return cases;
    }

    private static FaultCase draw(int index, Calibration calibration, CorpusFault fault, SplittableRandom random,
            long requestTimeoutMillis) {
        String target;
        if (fault == CorpusFault.UNDOCUMENTED_STATE) {
            target = "(a resource of the call)";
        } else if (fault.needs() != null) {
            target = pick(random, calibration.holding(fault.needs()));
        } else if (random.nextInt(4) == 0) {
            target = Faults.ANY;
        } else {
            target = pick(random, calibration.wireOperations());
        }
        int times = 1;
        String text = null;
        int status = 0;
        long delay = 0;
        switch (fault) {
            case THROTTLE, SERVER_ERROR, RESET_BEFORE_PROCESSING -> times = 1 + random.nextInt(4);
            case THROTTLE_RETRY_AFTER, RESET_AFTER_PROCESSING, TRUNCATED_BODY, MALFORMED_BODY, EMPTY_BODY,
                    WRONG_TYPE_BODY, WRONG_TYPE_FIELD -> times = 1 + random.nextInt(3);
            case DELAY_PAST_TIMEOUT, UNDOCUMENTED_ERROR_CODE -> times = 1 + random.nextInt(2);
            default -> times = EVERY_ANSWER;
        }
        switch (fault) {
            case THROTTLE_RETRY_AFTER -> text = pick(random, RETRY_AFTERS);
            case SERVER_ERROR -> {
                status = pick(random, SERVER_STATUSES);
                text = random.nextInt(3) == 0 ? pick(random, SERVER_RETRY_AFTERS) : null;
            }
            case DELAY_PAST_TIMEOUT -> delay = requestTimeoutMillis + 60 + random.nextInt(240);
            case WRONG_TYPE_BODY -> text = pick(random, WRONG_BODIES);
            case WRONG_TYPE_FIELD -> text = pick(random, Rewrites.WRONG_TYPES);
            case UNDOCUMENTED_ERROR_CODE -> {
                text = pick(random, ERROR_CODES);
                status = pick(random, ERROR_STATUSES);
            }
            case UNDOCUMENTED_STATE, UNDOCUMENTED_STATE_IN_ANSWER -> text = pick(random, RAW_STATES);
            default -> {
                // no parameter
            }
        }
        long salt = random.nextLong();
        int stateTarget = random.nextInt(8);
        return new FaultCase(index, calibration.provider(), calibration.operation(), fault, target, times, text, status,
                delay, salt, stateTarget);
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
