package io.dclink.testkit.jdcloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.testkit.emulator.EmulatedOperation;
import io.dclink.testkit.emulator.FaultKind;
import io.dclink.testkit.emulator.Faults;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The framework's faults, scripted by JD's operation names, answer in JD's error envelope. */
class JdCloudFaultsTest extends JdCloudFixture {

    @Test
    void throttlingIsRateLimit429AndPassesAfterItsCount() {
        emulator.faults().throttle("describeConnections", "2", 1);

        JdCloudHttp.Reply throttled = jd.get(R + "connections/");

        refused(throttled, 429, "RATE_LIMIT");
        assertThat(throttled.body().path("requestId").asText()).matches("[a-z0-9]{32}").isEqualTo(throttled.requestIdHeader());
        assertThat(throttled.headers().get("retry-after")).containsExactly("2");
        ok(jd.get(R + "connections/"));
    }

    @Test
    void serverErrorsCarryTheDocumentedStatusOfTheirCode() {
        emulator.faults().serverError(Faults.ANY, 503, 1).serverError(Faults.ANY, 500, 1).serverError(Faults.ANY, 502, 1)
                .serverError(Faults.ANY, 504, 1);

        refused(jd.get(R + "locations/"), 503, "UNAVAILABLE");
        refused(jd.get(R + "locations/"), 500, "INTERNAL");
        refused(jd.get(R + "locations/"), 502, "SOURCE_UNAVAILABLE");
        refused(jd.get(R + "locations/"), 504, "UNKNOWN");
    }

    @Test
    void aScriptedProviderErrorIsRenderedAsJdsEnvelope() {
        emulator.faults().providerError("createConnection", "QUOTA_EXCEEDED", 429, 1).providerError("describeConnection",
                "HTTP_FORBIDDEN", 403, 1);

        refused(jd.post(R + "connections/", SELF_SERVICE_LINE.formatted("scripted")), 429, "QUOTA_EXCEEDED");
        refused(jd.get(R + "connections/dc-0000000000"), 403, "HTTP_FORBIDDEN");
        assertThat(emulator.operator().count(io.dclink.lifecycle.ResourceType.CONNECTION)).isZero();
    }

    @Test
    void faultsAreScriptedByTheNamesTheEmulatorGivesNeutralOperations() {
        assertThat(List.of(EmulatedOperation.values())).extracting(emulator::operationName).containsExactly(
                "describeLocations", "describeConnections", "createConnection", "deleteConnection", "describePrivateVifs",
                "createPrivateVif", "createBgw", "createBgwRoutes");
        emulator.faults().throttle(emulator.operationName(EmulatedOperation.CREATE_GATEWAY), 1);

        refused(jd.post(R + "bgws/", "{\"bgwSpec\": {\"bgwName\": \"throttled\"}}"), 429, "RATE_LIMIT");
        assertThat(emulator.requests().of("createBgw")).extracting(r -> r.appliedFault().orElse(null))
                .containsExactly(FaultKind.THROTTLE);
    }

    @Test
    void aCreateWhoseAnswerIsLostStillTakesEffect() {
        emulator.faults().reset("createConnection", true, 1);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jd.post(R + "connections/",
                SELF_SERVICE_LINE.formatted("lost-answer"))).isInstanceOf(AssertionError.class);
        assertThat(ok(jd.get(R + "connections/")).path("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void aCorruptedAnswerIsNotJson() {
        emulator.faults().corrupt("describeLocations", FaultKind.EMPTY_BODY, 1);

        JdCloudHttp.Reply empty = jd.get(R + "locations/");

        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body().isMissingNode()).isTrue();
    }
}
