package io.dclink.faultcorpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.error.ErrorContext;
import io.dclink.error.ProtocolException;
import io.dclink.error.ThrottledException;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.Connection;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.spi.ProviderOperation;
import io.dclink.testkit.emulator.EmulatorRequest;
import io.dclink.testkit.emulator.EmulatorResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The corpus can fail: a call that orders twice, throws an untyped exception, hangs or answers
 * about another resource is caught by the runner; the judge, the checks, the rewrites and the
 * generator do what the corpus relies on.
 */
class CorpusCanFailTest {

    private static final CorpusSettings SETTINGS = new CorpusSettings(7L, 0, 0, Map.of("tencent", 1), Duration.ofMillis(300),
            Duration.ofMillis(600), Duration.ofMillis(700), java.nio.file.Path.of("target/unused.md"));
    private static TencentBench bench;
    private static CaseRunner runner;

    @BeforeAll
    static void start() {
        bench = new TencentBench(SETTINGS, "selftest");
        bench.start();
        runner = new CaseRunner(SETTINGS.caseTimeout());
    }

    @AfterAll
    static void stop() {
        bench.close();
        runner.close();
    }

    private static Scenario create(java.util.function.BiFunction<io.dclink.DirectConnect, Prepared, Object> invoke) {
        return new Scenario(ProviderOperation.CONNECTION_CREATE, b -> {
            Prepared p = new Prepared();
            p.request = b.lineRequest(b.name("selftest"));
            p.expectedName = ((CreateConnectionRequest) p.request).name();
            return p;
        }, invoke, (b, p, result) -> Checks.sameId(result, ((Connection) result).id()), ResourceType.CONNECTION, false);
    }

    @Test
    void aCreateThatOrdersTwiceIsADuplicate() {
        Scenario twice = create((client, p) -> {
            client.connections().create((CreateConnectionRequest) p.request);
            return client.connections().create(((CreateConnectionRequest) p.request).toBuilder().idempotencyKey(null)
                    .name(p.expectedName + "-again").build());
        });

        CaseResult result = runner.run(bench, twice, "T1", "NONE", "self test", null, Plans.none(), false).result();

        assertTrue(result.failures().contains(Failure.DUPLICATE), result.toString());
        assertTrue(result.problems().get(0).contains("2 new CONNECTION"), result.problems().toString());
    }

    @Test
    void anUntypedExceptionFailsButATypedOneDoesNot() {
        CaseResult untyped = runner.run(bench, create((client, p) -> {
            throw new IllegalStateException("plugin bug");
        }), "T2", "NONE", "self test", null, Plans.none(), false).result();
        CaseResult typed = runner.run(bench, create((client, p) -> {
            throw new ThrottledException("slow down", ErrorContext.of("tencent"), null);
        }), "T3", "NONE", "self test", null, Plans.none(), false).result();

        assertEquals(Set.of(Failure.UNTYPED), untyped.failures());
        assertEquals("untyped IllegalStateException", untyped.outcome());
        assertTrue(typed.failures().isEmpty(), typed.toString());
        assertEquals("ThrottledException", typed.outcome());
    }

    @Test
    void aProgrammerErrorPassesForBadInputOnlyWhenItNamesTheArgument() {
        assertTrue(Judge.acceptable(new NullPointerException("vlan"), "vlan"));
        assertTrue(Judge.acceptable(new IllegalArgumentException("the VLAN must be 0 to 4094"), "vlan"));
        assertFalse(Judge.acceptable(new NullPointerException(), "vlan"));
        assertFalse(Judge.acceptable(new IllegalArgumentException("bad"), "vlan"));
        assertFalse(Judge.acceptable(new NullPointerException("vlan"), null), "no programmer error in a fault case");
        assertTrue(Judge.acceptable(new ProtocolException("garbled", ErrorContext.of("tencent"), null), null));
        assertFalse(Judge.acceptable(new java.util.concurrent.CompletionException(
                new ThrottledException("slow down", ErrorContext.of("tencent"), null)), null), "a wrapped typed error is untyped");
    }

    @Test
    void aCallThatDoesNotReturnIsAHang() {
        CaseResult hung = runner.run(bench, create((client, p) -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }), "T4", "NONE", "self test", null, Plans.none(), false).result();

        assertTrue(hung.failures().contains(Failure.HANG), hung.toString());
        assertEquals("hang", hung.outcome());
        assertTrue(hung.millis() < 5_000, "the hard limit stopped it: " + hung.millis());
    }

    @Test
    void anAnswerAboutAnotherResourceIsAWrongResult() {
        String other = bench.newLine().id();
        Scenario lying = new Scenario(ProviderOperation.CONNECTION_GET, b -> new Prepared().target(ResourceType.CONNECTION,
                b.newLine().id()), (client, p) -> client.connections().get(other),
                (b, p, result) -> Checks.sameId(result, p.id), null, false);

        CaseResult result = runner.run(bench, lying, "T5", "NONE", "self test", null, Plans.none(), false).result();

        assertEquals(Set.of(Failure.WRONG_RESULT), result.failures());
        assertTrue(result.problems().get(0).contains("answered about " + other), result.problems().toString());
    }

    @Test
    void aChangeThatChangesNothingIsAWrongResultWhenTheBaselineChangedIt() {
        Scenario nothing = new Scenario(ProviderOperation.CONNECTION_DELETE, b -> new Prepared().target(ResourceType.CONNECTION,
                b.newLine().id()), (client, p) -> null, (b, p, result) -> List.of(), null, true);

        CaseResult flagged = runner.run(bench, nothing, "T6", "NONE", "self test", null, Plans.none(), true).result();
        CaseResult baseline = runner.run(bench, nothing, "T7", "NONE", "self test", null, Plans.none(), false).result();

        assertEquals(Set.of(Failure.WRONG_RESULT), flagged.failures());
        assertTrue(baseline.failures().isEmpty());
    }

    @Test
    void aListingWithDuplicatesUnknownOrMissingItemsIsWrong() {
        Connection a = bench.newLine();
        Connection b = bench.newLine();
        Connection c = bench.newLine();

        assertTrue(Checks.sameListing(List.of(a, b), List.of(a, b)).isEmpty());
        assertEquals(1, Checks.sameListing(List.of(a, a, b), List.of(a, b)).size());
        assertTrue(Checks.sameListing(List.of(a, b, c), List.of(a, b)).get(0).contains("does not have"));
        assertTrue(Checks.sameListing(List.of(a), List.of(a, b)).get(0).contains("left out 1 of 2"));
    }

    @Test
    void aSetupThatFailsIsReported() {
        Scenario broken = new Scenario(ProviderOperation.CONNECTION_GET, b -> {
            throw new IllegalStateException("cannot prepare");
        }, (client, p) -> null, (b, p, result) -> List.of(), null, false);

        CaseResult result = runner.run(bench, broken, "T8", "NONE", "self test", null, Plans.none(), false).result();

        assertEquals(Set.of(Failure.SETUP), result.failures());
        assertEquals("setup", result.outcome());
    }

    @Test
    void theRewritesLieAboutWhatTheyFindAndLeaveTheRestAlone() throws Exception {
        String page = "{\"TotalCount\":2,\"PageSize\":50,\"NextToken\":\"50\",\"Set\":[{\"Id\":\"a\",\"Status\":\"Enabled\"},"
                + "{\"Id\":\"b\",\"Status\":\"Enabled\"}]}";

        assertEquals(1002, field(Rewrites.totalTooLarge(), page).get("TotalCount").asInt());
        assertEquals(0, field(Rewrites.pageSize(0), page).get("PageSize").asInt());
        assertEquals("0", field(Rewrites.tokenRepeated(), page).get("NextToken").asText());
        Rewrites.Counting cycling = Rewrites.tokenCycling();
        assertEquals("1", field(cycling, page).get("NextToken").asText());
        assertEquals("0", field(cycling, page).get("NextToken").asText());
        Rewrites.Counting fresh = Rewrites.tokenFresh();
        assertEquals("0", field(fresh, page).get("NextToken").asText());
        assertEquals("00", field(fresh, page).get("NextToken").asText());
        assertEquals(3, field(Rewrites.duplicateItems(), page).get("Set").size());
        assertEquals(0, field(Rewrites.emptyPages(), page).get("Set").size());
        assertEquals("X", field(Rewrites.undocumentedState("X"), page).get("Set").get(1).get("Status").asText());
        JsonNode wrong = field(Rewrites.wrongTypeField(3, "42"), page);
        assertFalse(wrong.equals(Rewrites.JSON.readTree(page)), "one field was replaced");
        for (long salt = 0; salt < 40; salt++) {
            JsonNode original = Rewrites.JSON.readTree("{\"Set\":[{\"Id\":\"a\",\"Size\":7}],\"Total\":1}");
            JsonNode changed = field(Rewrites.wrongTypeField(salt, "[]"), original.toString());
            assertFalse(changed.equals(original), "salt " + salt + " changed nothing");
            assertFalse(changed.toString().contains("null"), "never null: " + changed);
            assertTrue(sameShapeExceptOneType(original, changed), "salt " + salt + ": " + changed);
        }

        Rewrites.Counting nothing = Rewrites.tokenRepeated();
        EmulatorResponse plain = EmulatorResponse.json(200, "{\"Id\":\"a\"}");
        assertEquals(plain, nothing.rewrite(request(), plain), "nothing to lie about: the answer is left alone");
        assertEquals(0, nothing.changed());
        EmulatorResponse notJson = new EmulatorResponse(200, Map.of(), "<html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(notJson, Rewrites.totalTooLarge().rewrite(request(), notJson));
    }

    @Test
    void theGeneratorIsDeterministicAndCoversEveryApplicableFault() {
        FaultCases.Calibration list = new FaultCases.Calibration("tencent", ProviderOperation.CONNECTION_LIST,
                List.of("DescribeDirectConnects"), Map.of("DescribeDirectConnects", Set.of("TotalCount",
                        Rewrites.ARRAY_OF_OBJECTS, Rewrites.STATE_FIELD)), false, 1, null);
        FaultCases.Calibration create = new FaultCases.Calibration("tencent", ProviderOperation.CONNECTION_CREATE,
                List.of("CreateDirectConnect", "DescribeDirectConnects"), Map.of(), false, 0, null);
        Map<String, List<FaultCases.Calibration>> calibrations = Map.of("tencent", List.of(list, create));

        List<FaultCase> first = FaultCases.generate(11L, 60, calibrations, 300);
        List<FaultCase> again = FaultCases.generate(11L, 60, calibrations, 300);
        List<FaultCase> other = FaultCases.generate(12L, 60, calibrations, 300);

        assertEquals(first, again, "one seed, one corpus");
        assertFalse(first.equals(other), "another seed, other cases");
        assertEquals(60, first.size());
        assertTrue(first.stream().anyMatch(c -> c.operation() == ProviderOperation.CONNECTION_LIST
                && c.fault() == CorpusFault.PAGING_TOTAL_TOO_LARGE));
        assertFalse(first.stream().anyMatch(c -> c.fault() == CorpusFault.PAGING_TOKEN_FRESH), "no NextToken to lie about");
        assertFalse(first.stream().anyMatch(c -> c.operation() == ProviderOperation.CONNECTION_CREATE
                && c.fault() == CorpusFault.UNDOCUMENTED_STATE), "no resource to set a state on");
        assertTrue(first.stream().filter(c -> c.fault() == CorpusFault.DELAY_PAST_TIMEOUT)
                .allMatch(c -> c.delayMillis() > 300), "delays exceed the request timeout");
    }

    @Test
    void badInputIsGeneratedForEveryBoundOperationWithATemplate() {
        Map<String, Set<ProviderOperation<?, ?>>> bound = Map.of("tencent", Set.of(ProviderOperation.CONNECTION_GET,
                ProviderOperation.CONNECTION_CREATE));
        List<BadInputs.BadInputCase> cases = BadInputs.generate(5L, 40, bound);

        assertEquals(40, cases.size());
        assertTrue(cases.stream().allMatch(c -> bound.get("tencent").contains(c.scenario().operation())));
        assertTrue(cases.stream().anyMatch(c -> c.category().equals(BadInputs.CONTROL_CHARACTERS)));
        assertTrue(cases.stream().anyMatch(c -> c.category().equals(BadInputs.WRONG_ID_FORMAT)));
        assertEquals("\"a\\u0000b\"", BadInputs.show("a\u0000b"));
    }

    /** Whether two trees differ in exactly one place, where the types differ. */
    private static boolean sameShapeExceptOneType(JsonNode a, JsonNode b) {
        return differences(a, b) == 1;
    }

    private static int differences(JsonNode a, JsonNode b) {
        if (a.getNodeType() != b.getNodeType()) {
            return 1;
        }
        if (a.isObject()) {
            int count = 0;
            for (java.util.Iterator<String> names = a.fieldNames(); names.hasNext();) {
                String name = names.next();
                count += differences(a.get(name), b.get(name));
            }
            return count;
        }
        if (a.isArray()) {
            int count = 0;
            for (int i = 0; i < a.size(); i++) {
                count += differences(a.get(i), b.get(i));
            }
            return count;
        }
        return a.equals(b) ? 0 : 1;
    }

    private static final AtomicInteger CALLS = new AtomicInteger();

    private static JsonNode field(Rewrites.Counting rewrite, String body) throws Exception {
        CALLS.incrementAndGet();
        EmulatorResponse answer = rewrite.rewrite(request(), EmulatorResponse.json(200, body));
        return Rewrites.JSON.readTree(answer.body());
    }

    private static EmulatorRequest request() {
        return new EmulatorRequest("POST", "/", null, Map.of(), new byte[0]);
    }
}
