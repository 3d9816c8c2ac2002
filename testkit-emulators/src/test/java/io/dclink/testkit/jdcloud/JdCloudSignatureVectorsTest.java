package io.dclink.testkit.jdcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dclink.testkit.emulator.EmulatorRequest;
import io.dclink.testkit.emulator.KeyRing;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verifier against the published JDCLOUD2 vectors of the reference's §5.2 (V1, V2, V4, V5). */
class JdCloudSignatureVectorsTest {

    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String V4_V5_NONCE = "3f2a6c1e-9b7d-4e5a-8c21-0d4b6e7f8a90";
    private static final Instant V4_V5_TIME = Instant.parse("2024-01-15T08:30:00Z");
    private static final String V5_BODY = "{\"routeTableRuleSpecs\":[{\"nextHopType\":\"bgw\",\"nextHopId\":\"bgw-abcdefgh12\","
            + "\"addressPrefix\":\"10.10.0.0/16\",\"priority\":100}]}";

    private final Jdcloud2Verifier verifier = new Jdcloud2Verifier(new KeyRing().add("ak", "sk", "vector-account")
            .add("TESTAK", "TESTSK", "project-account"));

    private static EmulatorRequest request(String method, String path, String query, Map<String, String> headers, String body) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        headers.forEach((name, value) -> multi.put(name, List.of(value)));
        return new EmulatorRequest(method, path, query, multi, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Test
    void v1TheCppSignerVectorRootPathHostSigned() {
        String authorization = "JDCLOUD2-HMAC-SHA256 Credential=ak/20090213/cn-north-1/vm/jdcloud2_request, "
                + "SignedHeaders=host;x-jdcloud-date;x-jdcloud-nonce, "
                + "Signature=43a76892222031f847c00c56cac8d4d2dc179a4e75a37868d09a5300435f4054";
        EmulatorRequest v1 = request("GET", "/", null, Map.of("host", "vm.cn-north-1.jdcloud.net",
                "x-jdcloud-date", "20090213T233130Z", "x-jdcloud-nonce", "uuid", "authorization", authorization), "");

        String canonical = Jdcloud2Verifier.canonicalRequest(v1, List.of("host", "x-jdcloud-date", "x-jdcloud-nonce"));

        assertThat(canonical).isEqualTo("GET\n/\n\nhost:vm.cn-north-1.jdcloud.net\nx-jdcloud-date:20090213T233130Z\n"
                + "x-jdcloud-nonce:uuid\n\nhost;x-jdcloud-date;x-jdcloud-nonce\n" + EMPTY_SHA256);
        assertThat(Crypto.sha256Hex(canonical)).isEqualTo("82ec061704243c0a6afa375300e81391dad2ec62bcd3837aa0a29440b6b6596b");
        assertThat(verifier.verify(v1, "cn-north-1", "vm", Instant.parse("2009-02-13T23:31:30Z"))).isEqualTo("vector-account");
    }

    @Test
    void v1TheQueryIsSortedSoParameterOrderDoesNotMatter() {
        assertThat(Rfc3986.canonicalQuery("a=&b=")).isEqualTo(Rfc3986.canonicalQuery("b=&a=")).isEqualTo("a=&b=");
        assertThat(Rfc3986.canonicalQuery("b")).isEqualTo("b=");
    }

    @Test
    void v2TheRustSignerVectorWithoutAHostHeader() {
        String authorization = "JDCLOUD2-HMAC-SHA256 Credential=ak/20180405/cn-north-1/service_name/jdcloud2_request, "
                + "SignedHeaders=content-type;x-jdcloud-date;x-jdcloud-nonce, "
                + "Signature=cea138630c57ba3de51933926e3b1657c34b4d1b6f86d360511bf40a09f63729";
        EmulatorRequest v2 = request("GET", "/v1/regions/cn-north-1/instances", "pageNumber=2&pageSize=10",
                Map.of("content-type", "application/json", "x-jdcloud-date", "20180405T010203Z",
                        "x-jdcloud-nonce", "55f3919e-3a7d-4174-b117-f150ff25e274", "authorization", authorization), "");

        assertThat(hex(Jdcloud2Verifier.signingKey("sk", "20180405", "cn-north-1", "service_name")))
                .isEqualTo("b302aa05734bcaf60be65a4be7c971669ac55444769681c19113d80460e31a33");
        assertThat(verifier.verify(v2, "cn-north-1", "service_name", Instant.parse("2018-04-05T01:02:03Z")))
                .isEqualTo("vector-account");
    }

    @Test
    void v4TheProjectVectorOfAFilteredDescribeConnections() {
        EmulatorRequest v4 = v4("953aad0c58bbac3536df906f1fca601817d07b4876f5e9158d63ce55d93dc484");

        assertThat(Crypto.sha256Hex(Jdcloud2Verifier.canonicalRequest(v4, List.of("content-type", "host", "x-jdcloud-date",
                "x-jdcloud-nonce")))).isEqualTo("7abef1046610763a166281631fa9a3168d269e53109f5840999ba17168ee0389");
        assertThat(hex(Jdcloud2Verifier.signingKey("TESTSK", "20240115", "cn-north-1", "bgw")))
                .isEqualTo("0d1cb58658b4dc48911ca0133bcc4eca46a7c92a710e4b9316bf2ef285def85b");
        assertThat(verifier.verify(v4, "cn-north-1", "bgw", V4_V5_TIME)).isEqualTo("project-account");
    }

    @Test
    void v5AnActionPathIsSignedWithTheColonEncoded() {
        EmulatorRequest v5 = v5("28f0d73a8d1123b53bb630c67eb0b3ca1effc765dfdd7853c46f673648df2326");

        assertThat(Crypto.sha256Hex(V5_BODY)).isEqualTo("b066d6c9aa71dbe10fbf318adace76302996264072846b51a86accb7161c8017");
        assertThat(Rfc3986.canonicalUri(v5.path())).isEqualTo("/v1/regions/cn-north-1/routeTables/rtb-abcdefgh12%3AaddRouteTableRules");
        assertThat(Crypto.sha256Hex(Jdcloud2Verifier.canonicalRequest(v5, List.of("content-type", "host", "x-jdcloud-date",
                "x-jdcloud-nonce")))).isEqualTo("972b9dcd1c480a0d23aa9942e2d35a78bb61dc56de3a13282b56240d96f55c7a");
        assertThat(verifier.verify(v5, "cn-north-1", "vpc", V4_V5_TIME)).isEqualTo("project-account");
    }

    @Test
    void v5SignedWithTheColonLeftUnencodedIsRefusedAsTheGatewayDoes() {
        // the official signer, handed the raw path, signs the ':' unencoded: the reference's "386b9b31..." variant
        String unencoded = OfficialSigner.sign("POST", URI.create("https://vpc.jdcloud-api.com"),
                "/v1/regions/cn-north-1/routeTables/rtb-abcdefgh12:addRouteTableRules", List.of(),
                V5_BODY.getBytes(StandardCharsets.UTF_8), "vpc", "cn-north-1", V4_V5_TIME, V4_V5_NONCE, "TESTAK", "TESTSK")
                .get("Authorization").get(0);
        assertThat(unencoded).contains("Signature=386b9b31");

        JdError refused = catchThrowableOfType(JdError.class, () -> verifier.verify(v5(unencoded.substring(
                unencoded.indexOf("Signature=") + 10)), "cn-north-1", "vpc", V4_V5_TIME));

        assertThat(refused.code).isEqualTo(401);
        assertThat(refused.status).isEqualTo("ACCESS_ERROR");
        assertThat(refused.getMessage()).isEqualTo("sign result is not same [gw]");
    }

    @Test
    void aNonceIsAcceptedOnceAndADateOnlyWithinFifteenMinutes() {
        String signature = "953aad0c58bbac3536df906f1fca601817d07b4876f5e9158d63ce55d93dc484";
        Jdcloud2Verifier fresh = new Jdcloud2Verifier(new KeyRing().add("TESTAK", "TESTSK", "a"));
        Jdcloud2Verifier other = new Jdcloud2Verifier(new KeyRing().add("TESTAK", "TESTSK", "a"));

        assertThat(fresh.verify(v4(signature), "cn-north-1", "bgw", V4_V5_TIME.plus(Duration.ofMinutes(15)))).isEqualTo("a");
        JdError replayed = catchThrowableOfType(JdError.class, () -> fresh.verify(v4(signature), "cn-north-1", "bgw", V4_V5_TIME));
        JdError stale = catchThrowableOfType(JdError.class, () -> other.verify(v4(signature), "cn-north-1", "bgw",
                V4_V5_TIME.plus(Duration.ofMinutes(15).plusSeconds(1))));
        JdError early = catchThrowableOfType(JdError.class, () -> other.verify(v4(signature), "cn-north-1", "bgw",
                V4_V5_TIME.minus(Duration.ofMinutes(16))));

        assertThat(replayed.status).isEqualTo("UNAUTHENTICATED");
        assertThat(replayed.getMessage()).contains("x-jdcloud-nonce", "already been used");
        assertThat(stale.status).isEqualTo("UNAUTHENTICATED");
        assertThat(stale.getMessage()).contains("x-jdcloud-date");
        assertThat(early.code).isEqualTo(401);
        assertThat(other.verify(v4(signature), "cn-north-1", "bgw", V4_V5_TIME)).as("a refused request uses no nonce")
                .isEqualTo("a");
    }

    @Test
    void theScopeIsTheServiceAndRegionOfThePath() {
        EmulatorRequest v4 = v4("953aad0c58bbac3536df906f1fca601817d07b4876f5e9158d63ce55d93dc484");

        assertThat(catchThrowableOfType(JdError.class, () -> verifier.verify(v4, "cn-north-1", "vpc", V4_V5_TIME)).status)
                .isEqualTo("ACCESS_ERROR");
        assertThat(catchThrowableOfType(JdError.class, () -> verifier.verify(v4, "cn-east-2", "bgw", V4_V5_TIME)).status)
                .isEqualTo("ACCESS_ERROR");
    }

    private static EmulatorRequest v4(String signature) {
        return request("GET", "/v1/regions/cn-north-1/connections/",
                "filters.1.name=status&filters.1.values.1=Active&pageNumber=1&pageSize=20", headers("bgw", signature), "");
    }

    private static EmulatorRequest v5(String signature) {
        return request("POST", "/v1/regions/cn-north-1/routeTables/rtb-abcdefgh12%3AaddRouteTableRules", null,
                headers("vpc", signature), V5_BODY);
    }

    private static Map<String, String> headers(String service, String signature) {
        return Map.of("content-type", "application/json", "host", service + ".jdcloud-api.com",
                "x-jdcloud-date", "20240115T083000Z", "x-jdcloud-nonce", V4_V5_NONCE,
                "authorization", "JDCLOUD2-HMAC-SHA256 Credential=TESTAK/20240115/cn-north-1/" + service + "/jdcloud2_request, "
                        + "SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=" + signature);
    }
}
