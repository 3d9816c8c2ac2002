package io.dclink.testkit.jdcloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.testkit.emulator.KeyRing;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Requests the official signer signs reach the emulator over HTTP: accepted as signed, refused with
 * the gateway's own error when tampered with, replayed, stale or signed by an unknown key.
 */
class JdCloudAuthenticationTest extends JdCloudFixture {

    @Test
    void aRequestTheOfficialSignerSignsIsAcceptedWithARequestId() {
        newLine("signed");

        JdCloudHttp.Reply reply = jd.get(R + "connections/", "filters.1.name", "status", "filters.1.values.1", "Ordering",
                "pageNumber", "1", "pageSize", "20");

        assertThat(ok(reply).path("totalCount").asInt()).isEqualTo(1);
        assertThat(reply.body().path("requestId").asText()).matches("[a-z0-9]{32}");
        assertThat(reply.requestIdHeader()).isEqualTo(reply.body().path("requestId").asText());
        assertThat(emulator.requests().count("describeConnections")).isEqualTo(1);
    }

    @Test
    void reservedAndNonAsciiQueryValuesAndRepeatedNamesAreSignedAlike() {
        newLine("reserved");

        JdCloudHttp.Reply reply = jd.get(R + "connections/", "filters.1.name", "connectionNames", "filters.1.values.1",
                "a b*c~d/é:+", "filters.1.values.2", "reserved", "pageSize", "10", "x", "2", "x", "1", "empty", "");

        assertThat(ok(reply).path("connections").path(0).path("connectionName").asText()).isEqualTo("reserved");
    }

    @Test
    void anActionPathSignedWithTheColonEncodedIsAccepted() {
        String lineId = newLine("action");

        JdCloudHttp.Reply reply = jd.post(R + "connections/" + lineId + ":confirmConnection", "{}");

        assertThat(emulator.requests().all().get(emulator.requests().size() - 1).request().path()).contains("%3AconfirmConnection");
        refused(reply, 400, "FAILED_PRECONDITION");
    }

    @Test
    void aTamperedRequestIsRefusedWithTheGatewaysRealError() {
        JdCloudHttp.Request request = JdCloudHttp.request("GET", R + "connections/", new String[] {"pageSize", "10"}, null);
        Map<String, List<String>> headers = jd.sign(request);
        request.query.set(0, Map.entry("pageSize", "100"));

        JdCloudHttp.Reply reply = jd.send(request, headers);

        refused(reply, 401, "ACCESS_ERROR");
        assertThat(reply.message()).isEqualTo("sign result is not same [gw]");
        assertThat(reply.body().path("requestId").asText()).matches("[a-z0-9]{32}").isEqualTo(reply.requestIdHeader());
        assertThat(fieldNames(reply.body().path("error"))).containsExactlyInAnyOrder("code", "status", "message");
    }

    @Test
    void aRequestSignedWithTheColonUnencodedIsRefused() {
        String lineId = newLine("unencoded");
        JdCloudHttp.Request request = JdCloudHttp.request("POST", R + "connections/" + lineId + ":confirmConnection",
                new String[0], "{}");
        request.signedPath = R + "connections/" + lineId + ":confirmConnection";

        refused(jd.send(request), 401, "ACCESS_ERROR");
    }

    @Test
    void aReusedNonceIsRefused() {
        JdCloudHttp.Request first = JdCloudHttp.request("GET", R + "locations/", new String[0], null);
        JdCloudHttp.Request replay = JdCloudHttp.request("GET", R + "bgws/", new String[0], null);
        replay.nonce = first.nonce;

        ok(jd.send(first));
        JdCloudHttp.Reply refused = jd.send(replay);

        refused(refused, 401, "UNAUTHENTICATED");
        assertThat(refused.message()).contains("x-jdcloud-nonce");
        assertThat(emulator.requests().all()).extracting(r -> r.status()).containsExactly(200, 401);
    }

    @Test
    void aDateMoreThanFifteenMinutesFromTheEmulatorsClockIsRefused() {
        JdCloudHttp.Request stale = JdCloudHttp.request("GET", R + "locations/", new String[0], null);
        stale.signedAt = emulator.clock().instant().minus(Duration.ofMinutes(16));
        JdCloudHttp.Request early = JdCloudHttp.request("GET", R + "locations/", new String[0], null);
        early.signedAt = emulator.clock().instant().plus(Duration.ofMinutes(16));
        JdCloudHttp.Request late = JdCloudHttp.request("GET", R + "locations/", new String[0], null);
        late.signedAt = emulator.clock().instant().minus(Duration.ofMinutes(14));

        assertThat(refused(jd.send(stale), 401, "UNAUTHENTICATED").message()).contains("x-jdcloud-date");
        refused(jd.send(early), 401, "UNAUTHENTICATED");
        ok(jd.send(late));
    }

    @Test
    void anUnknownKeyAndAWrongSecretAreRefused() {
        refused(jd.withKey("UNKNOWNKEY", KeyRing.TEST_SECRET).get(R + "locations/"), 401, "UNAUTHENTICATED");
        refused(jd.withKey(KeyRing.TEST_KEY_ID, "not-the-secret").get(R + "locations/"), 401, "ACCESS_ERROR");
    }

    @Test
    void anUnknownPathIsNotImplementedAndAnUnknownIdIsNotFound() {
        refused(jd.get(R + "directConnects/"), 501, "NOT_IMPLEMENTED");
        refused(jd.get(R + "connections"), 501, "NOT_IMPLEMENTED");
        JdCloudHttp.Reply missing = refused(jd.get(R + "connections/dc-0000000000"), 404, "NOT_FOUND");
        assertThat(missing.message()).contains("dc-0000000000");
        assertThat(emulator.requests().all()).extracting(r -> r.operation()).containsExactly("(unknown)", "(unknown)",
                "describeConnection");
    }

    @Test
    void eachAccountSeesOnlyItsOwnResources() {
        String mine = newLine("mine");
        emulator.keys().add("OTHERKEY", "other-secret", "200000000002");
        JdCloudHttp other = jd.withKey("OTHERKEY", "other-secret");

        refused(other.get(R + "connections/" + mine), 404, "NOT_FOUND");
        assertThat(ok(other.get(R + "connections/")).path("totalCount").asInt()).isZero();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
