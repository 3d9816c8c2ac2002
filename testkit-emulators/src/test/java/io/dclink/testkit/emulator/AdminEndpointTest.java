package io.dclink.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dclink.lifecycle.ResourceType;
import io.dclink.testkit.alibaba.AlibabaEmulator;
import io.dclink.testkit.tencent.TencentEmulator;
import io.dclink.testkit.toy.ToyEmulator;
import io.dclink.testkit.toy.ToyHttp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The admin endpoint: clearing and listing faults, the fault kinds, 404 for ids that name nothing. */
class AdminEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LINE = "{\"name\":\"l\",\"accessPoint\":\"ap-toy-1\"}";

    private final ToyEmulator emulator = (ToyEmulator) new ToyEmulator("toy", EmulatorOptions.defaults()).start();
    private final ToyHttp http = new ToyHttp(emulator.baseUri(), emulator.clock());
    private final HttpClient plain = HttpClient.newHttpClient();
    private final List<Emulator> others = new ArrayList<>();

    @AfterEach
    void close() {
        emulator.close();
        others.forEach(Emulator::close);
    }

    private HttpResponse<String> admin(Emulator target, String method, String pathAndQuery) throws Exception {
        URI uri = target.baseUri().resolve("/_dclink/" + pathAndQuery);
        return plain.send(HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> admin(String method, String pathAndQuery) throws Exception {
        return admin(emulator, method, pathAndQuery);
    }

    private String createLine() throws Exception {
        return JSON.readTree(http.send("POST", "/lines", LINE).body()).get("id").asText();
    }

    @Test
    void deleteOnTheFaultsForgetsEveryScriptedFault() throws Exception {
        emulator.faults().throttle("GetLines", 2).serverError(Faults.ANY, 503, 1);

        HttpResponse<String> cleared = admin("DELETE", "faults");

        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(cleared.body()).get("cleared").asInt()).isEqualTo(3);
        assertThat(JSON.readTree(cleared.body()).get("pending").asInt()).isZero();
        assertThat(emulator.faults().pending()).isZero();
        assertThat(http.send("GET", "/lines", null).statusCode()).as("no fault left").isEqualTo(200);
    }

    @Test
    void postOnFaultsClearForgetsEveryScriptedFault() throws Exception {
        assertThat(admin("POST", "faults?operation=GetLines&kind=THROTTLE&times=4").statusCode()).isEqualTo(200);
        assertThat(emulator.faults().pending()).isEqualTo(4);

        HttpResponse<String> cleared = admin("POST", "faults/clear");

        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(cleared.body()).get("cleared").asInt()).isEqualTo(4);
        assertThat(emulator.faults().pending()).isZero();
        assertThat(http.send("GET", "/lines", null).statusCode()).isEqualTo(200);
        assertThat(admin("GET", "faults/clear").statusCode()).as("clearing is a POST").isEqualTo(405);
    }

    @Test
    void theFaultKindsAreListedWithWhatEachTakes() throws Exception {
        HttpResponse<String> response = admin("GET", "faults/kinds");
        JsonNode kinds = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        kinds.forEach(kind -> names.add(kind.get("kind").asText()));
        assertThat(names).containsExactlyElementsOf(Arrays.stream(FaultKind.values()).map(Enum::name).toList());
        for (JsonNode kind : kinds) {
            assertThat(kind.get("description").asText()).isNotBlank();
            List<String> parameters = new ArrayList<>();
            kind.get("parameters").forEach(p -> parameters.add(p.asText()));
            assertThat(parameters).startsWith("operation", "times")
                    .containsAll(FaultKind.valueOf(kind.get("kind").asText()).parameters());
        }
        assertThat(parametersOf(kinds, "THROTTLE")).contains("retryAfter");
        assertThat(parametersOf(kinds, "PROVIDER_ERROR")).contains("code", "status", "retryAfter");
        assertThat(parametersOf(kinds, "REPLACED_BODY")).contains("body");
        assertThat(parametersOf(kinds, "DELAY")).contains("delay");
        assertThat(find(kinds, "REWRITTEN_BODY").get("scriptable").asBoolean()).isFalse();
        assertThat(find(kinds, "RESET_AFTER_PROCESSING").get("processesTheRequest").asBoolean()).isTrue();
        assertThat(find(kinds, "RESET_BEFORE_PROCESSING").get("processesTheRequest").asBoolean()).isFalse();
    }

    private static JsonNode find(JsonNode kinds, String name) {
        for (JsonNode kind : kinds) {
            if (kind.get("kind").asText().equals(name)) {
                return kind;
            }
        }
        throw new AssertionError("no kind " + name + " in " + kinds);
    }

    private static List<String> parametersOf(JsonNode kinds, String name) {
        List<String> parameters = new ArrayList<>();
        find(kinds, name).get("parameters").forEach(p -> parameters.add(p.asText()));
        return parameters;
    }

    @Test
    void thePendingFaultsAreListedInOrder() throws Exception {
        emulator.faults().delay("GetLines", java.time.Duration.ofMillis(5), 1).providerError("CreateLine", "Nope", 400, "7", 1)
                .replaceBody(Faults.ANY, "[]", 1);

        JsonNode pending = JSON.readTree(admin("GET", "faults").body());

        assertThat(pending).hasSize(3);
        assertThat(pending.get(0).get("kind").asText()).isEqualTo("DELAY");
        assertThat(pending.get(0).get("delay").asText()).isEqualTo("PT0.005S");
        assertThat(pending.get(1).get("code").asText()).isEqualTo("Nope");
        assertThat(pending.get(1).get("retryAfter").asText()).isEqualTo("7");
        assertThat(pending.get(2).get("operation").asText()).isEqualTo(Faults.ANY);
        assertThat(pending.get(2).get("body").asText()).isEqualTo("[]");
    }

    @Test
    void theNewKindsAreScriptedThroughTheEndpoint() throws Exception {
        String body = URLEncoder.encode("\"x\"", StandardCharsets.UTF_8);
        assertThat(admin("POST", "faults?operation=GetLines&kind=replaced_body&body=" + body).statusCode()).isEqualTo(200);
        assertThat(admin("POST", "faults?operation=GetLines&kind=EMPTY_BODY").statusCode()).isEqualTo(200);
        assertThat(admin("POST", "faults?operation=GetLines&kind=THROTTLE&retryAfter=3").statusCode()).isEqualTo(200);

        HttpResponse<String> replaced = http.send("GET", "/lines", null);
        HttpResponse<String> empty = http.send("GET", "/lines", null);
        HttpResponse<String> throttled = http.send("GET", "/lines", null);

        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(replaced.body()).isEqualTo("\"x\"");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).isEmpty();
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("3");
    }

    @Test
    void badFaultScriptsAreRefusedWithTheReason() throws Exception {
        HttpResponse<String> rewrite = admin("POST", "faults?kind=REWRITTEN_BODY");
        HttpResponse<String> unknown = admin("POST", "faults?kind=EXPLODE");
        HttpResponse<String> noBody = admin("POST", "faults?kind=REPLACED_BODY");
        HttpResponse<String> badTimes = admin("POST", "faults?kind=THROTTLE&times=many");

        assertThat(rewrite.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(rewrite.body()).get("error").asText()).contains("Faults.rewrite");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).get("error").asText()).contains("faults/kinds");
        assertThat(noBody.statusCode()).isEqualTo(400);
        assertThat(badTimes.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badTimes.body()).get("error").asText()).contains("times");
        assertThat(emulator.faults().pending()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"approve", "reject", "markPaid", "completeConstruction", "advance", "linkUp", "linkDown",
            "requestForeignVirtualInterface", "setRawState"})
    void anOperatorActionOnAnIdThatNamesNothingIs404(String action) throws Exception {
        String known = createLine();
        String type = action.startsWith("link") ? "&type=VIRTUAL_INTERFACE" : "";

        HttpResponse<String> response = admin("POST", "operator/" + action + "?id=ln-nothing-here" + type + "&raw=X");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("ln-nothing-here");
        assertThat(admin("POST", "operator/setRawState?id=" + known + "&raw=X").statusCode())
                .as("a known id still works").isEqualTo(200);
    }

    @Test
    void otherOperatorMistakesAreStill400() throws Exception {
        String known = createLine();

        assertThat(admin("POST", "operator/explode?id=" + known).statusCode()).isEqualTo(400);
        assertThat(admin("POST", "operator/advance?id=" + known + "&type=SPACESHIP").statusCode()).isEqualTo(400);
        assertThat(admin("POST", "operator/setRawState?id=" + known).statusCode()).as("raw is required").isEqualTo(400);
        assertThat(admin("POST", "operator/approve").statusCode()).as("id is required").isEqualTo(400);
        assertThat(admin("GET", "operator/approve?id=" + known).statusCode()).isEqualTo(405);
    }

    @Test
    void theTencentAndAlibabaEmulatorsAnswer404ForIdsThatNameNothing() throws Exception {
        Emulator tencent = new TencentEmulator(EmulatorOptions.defaults()).start();
        others.add(tencent);
        Emulator alibaba = new AlibabaEmulator(EmulatorOptions.defaults()).start();
        others.add(alibaba);

        for (Emulator target : List.of(tencent, alibaba)) {
            for (String action : List.of("approve", "reject", "markPaid", "completeConstruction")) {
                assertThat(admin(target, "POST", "operator/" + action + "?id=dc-nothing").statusCode())
                        .as(target.providerId() + " " + action).isEqualTo(404);
            }
            assertThat(admin(target, "POST", "operator/setRawState?id=dc-nothing&raw=X").statusCode())
                    .as(target.providerId() + " setRawState").isEqualTo(404);
            assertThat(admin(target, "POST", "operator/setRawState?id=vbr-nothing&type=VIRTUAL_INTERFACE&raw=X")
                    .statusCode()).as(target.providerId() + " setRawState of an interface").isEqualTo(404);
            assertThat(admin(target, "POST", "operator/advance?id=dc-nothing").statusCode())
                    .as(target.providerId() + " advance").isEqualTo(404);
        }
        assertThat(admin(alibaba, "POST", "operator/issueLoa?id=pc-nothing").statusCode()).isEqualTo(404);
        assertThat(admin(tencent, "POST", "operator/requestForeignVirtualInterface?id=dc-nothing").statusCode())
                .isEqualTo(404);
        assertThat(tencent.operator().count(ResourceType.CONNECTION)).isZero();
    }
}
