package io.dclink.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.lifecycle.ResourceType;
import io.dclink.testkit.toy.ToyEmulator;
import io.dclink.testkit.toy.ToyHttp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fault kinds added for the fault corpus: bodies replaced, emptied or rewritten, Retry-After, waiting for quiet. */
class FaultInjectionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LINE = "{\"name\":\"l\",\"accessPoint\":\"ap-toy-1\"}";

    private final ToyEmulator emulator = (ToyEmulator) new ToyEmulator("toy", EmulatorOptions.defaults()).start();
    private final ToyHttp http = new ToyHttp(emulator.baseUri(), emulator.clock());

    @AfterEach
    void close() {
        emulator.close();
    }

    @Test
    void aReplacedBodyTakesEffectAndAnswersTheScriptedText() throws Exception {
        List<String> bodies = List.of("null", "[]", "\"x\"", "42");
        for (String body : bodies) {
            emulator.faults().replaceBody("CreateLine", body, 1);
            HttpResponse<String> response = http.send("POST", "/lines", LINE);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(body);
        }

        assertThat(emulator.operator().count(ResourceType.CONNECTION)).as("each took effect").isEqualTo(bodies.size());
        assertThat(emulator.requests().of("CreateLine")).extracting(RecordedRequest::fault)
                .containsOnly(FaultKind.REPLACED_BODY);
    }

    @Test
    void anEmptyBodyKeepsTheAnswersStatus() throws Exception {
        emulator.faults().corrupt("GetLines", FaultKind.EMPTY_BODY, 1);

        HttpResponse<String> response = http.send("GET", "/lines", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(http.send("GET", "/lines", null).body()).as("only once").isNotEmpty();
    }

    @Test
    void aRewriteSeesTheRequestAndTheAnswerAndMayKeepStateAcrossCalls() throws Exception {
        String id = JSON.readTree(http.send("POST", "/lines", LINE).body()).get("id").asText();
        AtomicInteger calls = new AtomicInteger();
        List<String> paths = new ArrayList<>();
        emulator.faults().rewrite("GetLines", (request, answer) -> {
            paths.add(request.path());
            try {
                ObjectNode body = (ObjectNode) JSON.readTree(answer.body());
                body.put("next", 100 + calls.incrementAndGet());
                return new EmulatorResponse(answer.status(), answer.headers(), body.toString().getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, 2);

        HttpResponse<String> first = http.send("GET", "/lines", null);
        HttpResponse<String> second = http.send("GET", "/lines", null);
        HttpResponse<String> third = http.send("GET", "/lines", null);

        assertThat(JSON.readTree(first.body()).get("next").asInt()).isEqualTo(101);
        assertThat(JSON.readTree(first.body()).get("items").get(0).get("id").asText()).isEqualTo(id);
        assertThat(JSON.readTree(second.body()).get("next").asInt()).isEqualTo(102);
        assertThat(JSON.readTree(third.body()).has("next")).as("two times only").isFalse();
        assertThat(paths).containsExactly("/lines", "/lines");
        assertThat(emulator.requests().of("GetLines")).extracting(RecordedRequest::fault)
                .containsExactly(FaultKind.REWRITTEN_BODY, FaultKind.REWRITTEN_BODY, null);
    }

    @Test
    void aRewriteThatFailsLeavesTheAnswerAlone() throws Exception {
        emulator.faults().rewrite("GetLines", (request, answer) -> {
            throw new IllegalStateException("the test's rewrite is broken");
        }, 1);

        HttpResponse<String> response = http.send("GET", "/lines", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).has("items")).isTrue();
    }

    @Test
    void throttlingServerAndProviderErrorsMayCarryRetryAfter() throws Exception {
        emulator.faults().throttle("GetLines", "0", 1).throttle("GetLines", 1).serverError("GetLines", 503, "120", 1)
                .providerError("GetLines", "Busy", 429, "Wed, 21 Oct 2015 07:28:00 GMT", 1);

        HttpResponse<String> withHeader = http.send("GET", "/lines", null);
        HttpResponse<String> without = http.send("GET", "/lines", null);
        HttpResponse<String> unavailable = http.send("GET", "/lines", null);
        HttpResponse<String> busy = http.send("GET", "/lines", null);

        assertThat(withHeader.statusCode()).isEqualTo(429);
        assertThat(withHeader.headers().firstValue("Retry-After")).hasValue("0");
        assertThat(without.statusCode()).isEqualTo(429);
        assertThat(without.headers().firstValue("Retry-After")).isEmpty();
        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(unavailable.headers().firstValue("Retry-After")).hasValue("120");
        assertThat(busy.statusCode()).isEqualTo(429);
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("Wed, 21 Oct 2015 07:28:00 GMT");
    }

    @Test
    void onlyCorruptionsAreCorruptions() {
        assertThatThrownBy(() -> emulator.faults().corrupt("GetLines", FaultKind.THROTTLE, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("THROTTLE");
        assertThatThrownBy(() -> emulator.faults().throttle("GetLines", -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("times");
        assertThat(emulator.faults().pending()).isZero();
    }

    @Test
    void aDelayedRequestIsInFlightUntilItIsAnswered() throws Exception {
        emulator.faults().delay("CreateLine", Duration.ofMillis(400), 1);

        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return http.send("POST", "/lines", LINE);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (emulator.inFlight() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }

        assertThat(emulator.inFlight()).isEqualTo(1);
        assertThat(emulator.awaitIdle(Duration.ofMillis(10))).as("not quiet yet").isFalse();
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).as("not processed yet").isZero();
        assertThat(emulator.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(emulator.inFlight()).isZero();
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isEqualTo(1);
        assertThat(slow.get().statusCode()).isEqualTo(200);
    }

    @Test
    void aNewFaultRecordKeepsTheOldConstructor() {
        Faults.Fault fault = new Faults.Fault("GetLines", FaultKind.SERVER_ERROR, Duration.ZERO, 502, null);

        assertThat(fault.retryAfter()).isNull();
        assertThat(fault.body()).isNull();
        assertThat(fault.rewrite()).isNull();
        assertThat(Map.of("status", fault.status())).containsEntry("status", 502);
    }

    @Test
    void theKindsThatProcessTheRequestAreTheOnesThatLeaveItsEffect() throws Exception {
        for (FaultKind kind : List.of(FaultKind.EMPTY_BODY, FaultKind.MALFORMED_BODY)) {
            int before = emulator.operator().count(ResourceType.CONNECTION);
            emulator.faults().corrupt("CreateLine", kind, 1);
            http.send("POST", "/lines", LINE);
            assertThat(emulator.operator().count(ResourceType.CONNECTION) - before).as(kind.name()).isEqualTo(1);
            assertThat(kind.processes()).isTrue();
        }
        int before = emulator.operator().count(ResourceType.CONNECTION);
        emulator.faults().throttle("CreateLine", 1);
        http.send("POST", "/lines", LINE);
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isEqualTo(before);
        assertThat(FaultKind.THROTTLE.processes()).isFalse();
    }

    @Test
    void anUnknownResourceIsAnArgumentErrorThatNamesTheId() {
        RawLifecycle lifecycle = RawLifecycle.of("line").row("A", LifecycleTrigger.action("go"), "B")
                .build(new java.util.HashMap<>(), "status", emulator.clock(), new Object());

        assertThatThrownBy(() -> lifecycle.state("ln-missing")).isInstanceOf(UnknownResourceException.class)
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no line ln-missing")
                .satisfies(e -> assertThat(((UnknownResourceException) e).id()).isEqualTo("ln-missing"));
    }
}
