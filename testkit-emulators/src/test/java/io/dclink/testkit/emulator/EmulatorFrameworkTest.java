package io.dclink.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dclink.lifecycle.ResourceType;
import io.dclink.testkit.toy.ToyEmulator;
import io.dclink.testkit.toy.ToyHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The framework, through a toy emulator and a plain java.net.http client. */
class EmulatorFrameworkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A Friday, so that "two working days" crosses a weekend. */
    private static final Instant FRIDAY = Instant.parse("2026-11-20T10:00:00Z");
    private static final String LINE = "{\"name\":\"l\",\"accessPoint\":\"ap-toy-1\"}";

    private final ToyEmulator emulator = (ToyEmulator) new ToyEmulator("toy", EmulatorOptions.defaults().withClockStart(FRIDAY)).start();
    private final ToyHttp http = new ToyHttp(emulator.baseUri(), emulator.clock());

    @AfterEach
    void close() {
        emulator.close();
    }

    private String createLine() throws Exception {
        return JSON.readTree(http.send("POST", "/lines", LINE).body()).get("id").asText();
    }

    private String status(String id) throws Exception {
        return JSON.readTree(http.send("GET", "/lines/" + id, null).body()).get("status").asText();
    }

    private static String code(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body()).path("error").path("code").asText();
    }

    @Test
    void signaturesAreVerifiedWithTheProvidersOwnErrors() throws Exception {
        long now = emulator.clock().instant().getEpochSecond();
        Duration timeout = Duration.ofSeconds(5);

        assertThat(http.send("GET", "/lines", null).statusCode()).isEqualTo(200);
        HttpResponse<String> unknown = http.send("GET", "/lines", null, "NOBODY", "x", now, timeout);
        HttpResponse<String> wrongSecret = http.send("GET", "/lines", null, KeyRing.TEST_KEY_ID, "wrong", now, timeout);
        HttpResponse<String> stale = http.send("GET", "/lines", null, KeyRing.TEST_KEY_ID, KeyRing.TEST_SECRET, now - 301, timeout);

        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(code(unknown)).isEqualTo("UnknownKey");
        assertThat(code(wrongSecret)).isEqualTo("SignatureMismatch");
        assertThat(code(stale)).isEqualTo("SignatureExpired");
    }

    @Test
    void theLifecycleAdvancesByTheEmulatedClockCountingWorkingDays() throws Exception {
        String id = createLine();

        emulator.clock().advance(Duration.ofDays(3));
        assertThat(status(id)).as("Monday: one working day").isEqualTo("APPLIED");
        emulator.clock().advance(Duration.ofDays(1));
        assertThat(status(id)).as("Tuesday: two working days").isEqualTo("UNPAID");
        assertThat(emulator.clock().pendingSteps()).isZero();
    }

    @Test
    void theLifecycleAdvancesByOperatorCalls() throws Exception {
        String approved = createLine();
        String rejected = createLine();

        emulator.operator().approve(approved);
        emulator.operator().markPaid(approved);
        emulator.operator().completeConstruction(approved);
        emulator.operator().reject(rejected, "insufficient resources");

        assertThat(status(approved)).isEqualTo("LIVE");
        assertThat(status(rejected)).isEqualTo("REJECTED");
        emulator.clock().advanceWorkingDays(2);
        assertThat(status(rejected)).as("a rejected application is not approved by the clock").isEqualTo("REJECTED");
        assertThatThrownBy(() -> emulator.operator().issueLoa(approved))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("no 'issueLoa' step");
    }

    @Test
    void throttlingAndServerErrorsUseTheProvidersEnvelopeAndProcessNothing() throws Exception {
        emulator.faults().throttle("CreateLine", 1).serverError("CreateLine", 503, 1);

        HttpResponse<String> throttled = http.send("POST", "/lines", LINE);
        HttpResponse<String> failed = http.send("POST", "/lines", LINE);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(code(throttled)).isEqualTo("Throttled");
        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(code(failed)).isEqualTo("InternalError");
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isZero();
        assertThat(emulator.requests().of("CreateLine")).extracting(RecordedRequest::fault)
                .containsExactly(FaultKind.THROTTLE, FaultKind.SERVER_ERROR);
    }

    @Test
    void aDelayIsSeenAsATimeoutByAnImpatientClient() {
        emulator.faults().delay("GetLines", Duration.ofSeconds(2), 1);

        assertThatThrownBy(() -> http.send("GET", "/lines", null, KeyRing.TEST_KEY_ID, KeyRing.TEST_SECRET,
                        emulator.clock().instant().getEpochSecond(), Duration.ofMillis(100)))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void aResetBeforeProcessingLosesTheRequest() {
        emulator.faults().reset("CreateLine", false, 1);

        assertThatThrownBy(() -> http.send("POST", "/lines", LINE)).isInstanceOf(IOException.class);
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isZero();
    }

    @Test
    void aResetAfterProcessingLosesOnlyTheAnswer() {
        emulator.faults().reset("CreateLine", true, 1);

        assertThatThrownBy(() -> http.send("POST", "/lines", LINE)).isInstanceOf(IOException.class);
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isEqualTo(1);
        assertThat(emulator.requests().of("CreateLine").get(0).status()).isZero();
    }

    @Test
    void aTruncatedAnswerBreaksTheResponseAfterProcessing() {
        emulator.faults().corrupt("CreateLine", FaultKind.TRUNCATED_BODY, 1);

        assertThatThrownBy(() -> http.send("POST", "/lines", LINE)).isInstanceOf(IOException.class);
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isEqualTo(1);
    }

    @Test
    void aMalformedAnswerIsNotJson() throws Exception {
        emulator.faults().corrupt("GetLines", FaultKind.MALFORMED_BODY, 1);

        HttpResponse<String> response = http.send("GET", "/lines", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> JSON.readTree(response.body())).isInstanceOf(IOException.class);
        assertThat(http.send("GET", "/lines", null).statusCode()).as("only once").isEqualTo(200);
    }

    @Test
    void anUndocumentedStateIsServedAsIs() throws Exception {
        String id = createLine();
        emulator.operator().setRawState(ResourceType.CONNECTION, id, "SOMETHING_NEW");

        assertThat(status(id)).isEqualTo("SOMETHING_NEW");
    }

    @Test
    void theAdminEndpointDrivesTheOperatorClockAndFaults() throws Exception {
        String id = createLine();
        HttpClient plain = HttpClient.newHttpClient();
        URI admin = emulator.baseUri().resolve("/_dclink/");

        JsonNode health = JSON.readTree(plain.send(HttpRequest.newBuilder(admin.resolve("health")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        int approve = post(plain, admin.resolve("operator/approve?id=" + id));
        String approved = status(id);
        int unknownAction = post(plain, admin.resolve("operator/explode?id=" + id));
        int fault = post(plain, admin.resolve("faults?operation=GetLines&kind=throttle&times=1"));
        HttpResponse<String> throttled = http.send("GET", "/lines", null);
        int advance = post(plain, admin.resolve("clock/advance?duration=PT1H"));
        JsonNode requests = JSON.readTree(plain.send(HttpRequest.newBuilder(admin.resolve("requests")).build(),
                HttpResponse.BodyHandlers.ofString()).body());

        assertThat(health.get("provider").asText()).isEqualTo("toy");
        assertThat(approve).isEqualTo(200);
        assertThat(approved).isEqualTo("UNPAID");
        assertThat(unknownAction).isEqualTo(400);
        assertThat(fault).isEqualTo(200);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(advance).isEqualTo(200);
        assertThat(emulator.clock().instant()).isEqualTo(FRIDAY.plus(Duration.ofHours(1)));
        assertThat(requests.size()).isEqualTo(emulator.requests().size());
    }

    private static int post(HttpClient client, URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
