package io.dclink.provider.jdcloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.auth.AccessKeyCredentials;
import io.dclink.auth.Credentials;
import io.dclink.kit.http.Hashing;
import io.dclink.spi.SigningRequest;
import io.dclink.testkit.emulator.RecordedRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Our {@code JDCLOUD2-HMAC-SHA256} against the reference's §5.2 vectors V1, V2, V4 and V5, and signed afresh on every attempt. */
class Jdcloud2SignerTest extends EmulatedJdCloud {

    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final AccessKeyCredentials VECTOR_KEYS = Credentials.accessKey("ak", "sk");
    private static final AccessKeyCredentials PROJECT_KEYS = Credentials.accessKey("TESTAK", "TESTSK");
    private static final Instant V4_V5_TIME = Instant.parse("2024-01-15T08:30:00Z");
    private static final String V4_V5_NONCE = "3f2a6c1e-9b7d-4e5a-8c21-0d4b6e7f8a90";
    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));

    @Test
    void v1TheCppSignerVectorSignsTheHostDateAndNonce() {
        Jdcloud2Signer signer = new Jdcloud2Signer("vm", "cn-north-1", VECTOR_KEYS, () -> "uuid");
        String canonical = CanonicalRequest.of("GET", "/", null, Map.of("host", "vm.cn-north-1.jdcloud.net",
                "x-jdcloud-date", "20090213T233130Z", "x-jdcloud-nonce", "uuid"), new byte[0]);

        Map<String, String> headers = signer.sign(new SigningRequest("GET", URI.create("http://vm.cn-north-1.jdcloud.net/"),
                Map.of(), new byte[0], Instant.ofEpochMilli(1_234_567_890_000L)));

        assertThat(canonical).isEqualTo("GET\n/\n\nhost:vm.cn-north-1.jdcloud.net\nx-jdcloud-date:20090213T233130Z\n"
                + "x-jdcloud-nonce:uuid\n\nhost;x-jdcloud-date;x-jdcloud-nonce\n" + EMPTY_SHA256);
        assertThat(Hashing.sha256Hex(canonical)).isEqualTo("82ec061704243c0a6afa375300e81391dad2ec62bcd3837aa0a29440b6b6596b");
        assertThat(headers).containsEntry("x-jdcloud-date", "20090213T233130Z").containsEntry("x-jdcloud-nonce", "uuid")
                .containsEntry("Authorization", "JDCLOUD2-HMAC-SHA256 Credential=ak/20090213/cn-north-1/vm/jdcloud2_request, "
                        + "SignedHeaders=host;x-jdcloud-date;x-jdcloud-nonce, "
                        + "Signature=43a76892222031f847c00c56cac8d4d2dc179a4e75a37868d09a5300435f4054");
        assertThat(CanonicalRequest.query("a=&b=")).isEqualTo(CanonicalRequest.query("b=&a=")).isEqualTo("a=&b=");
    }

    @Test
    void v2TheRustSignerVectorSignsNoHost() {
        Jdcloud2Signer signer = new Jdcloud2Signer("service_name", "cn-north-1", VECTOR_KEYS);
        Map<String, String> signed = Map.of("content-type", "application/json", "x-jdcloud-date", "20180405T010203Z",
                "x-jdcloud-nonce", "55f3919e-3a7d-4174-b117-f150ff25e274");
        String canonical = CanonicalRequest.of("GET", "/v1/regions/cn-north-1/instances", "pageNumber=2&pageSize=10", signed,
                new byte[0]);

        assertThat(Hashing.hex(Jdcloud2Signer.signingKey("sk", "20180405", "cn-north-1", "service_name")))
                .isEqualTo("b302aa05734bcaf60be65a4be7c971669ac55444769681c19113d80460e31a33");
        assertThat(signer.authorization(canonical, List.of("content-type", "x-jdcloud-date", "x-jdcloud-nonce"),
                "20180405T010203Z")).isEqualTo("JDCLOUD2-HMAC-SHA256 Credential=ak/20180405/cn-north-1/service_name/"
                + "jdcloud2_request, SignedHeaders=content-type;x-jdcloud-date;x-jdcloud-nonce, "
                + "Signature=cea138630c57ba3de51933926e3b1657c34b4d1b6f86d360511bf40a09f63729");
    }

    @Test
    void v4AFilteredDescribeConnectionsAsThePluginWritesIt() {
        String query = Query.empty().filter("status", List.of("Active")).page(1, 20).encoded();
        URI uri = URI.create("https://bgw.jdcloud-api.com/v1/regions/cn-north-1/connections/?" + query);
        Jdcloud2Signer signer = new Jdcloud2Signer("bgw", "cn-north-1", PROJECT_KEYS, () -> V4_V5_NONCE);

        Map<String, String> headers = signer.sign(new SigningRequest("GET", uri, JSON, new byte[0], V4_V5_TIME));

        assertThat(query).isEqualTo("filters.1.name=status&filters.1.values.1=Active&pageNumber=1&pageSize=20");
        assertThat(Hashing.sha256Hex(CanonicalRequest.of("GET", uri.getRawPath(), uri.getRawQuery(), Map.of("content-type",
                "application/json", "host", "bgw.jdcloud-api.com", "x-jdcloud-date", "20240115T083000Z", "x-jdcloud-nonce",
                V4_V5_NONCE), new byte[0]))).isEqualTo("7abef1046610763a166281631fa9a3168d269e53109f5840999ba17168ee0389");
        assertThat(Hashing.hex(Jdcloud2Signer.signingKey("TESTSK", "20240115", "cn-north-1", "bgw")))
                .isEqualTo("0d1cb58658b4dc48911ca0133bcc4eca46a7c92a710e4b9316bf2ef285def85b");
        assertThat(headers.get("Authorization")).isEqualTo("JDCLOUD2-HMAC-SHA256 Credential=TESTAK/20240115/cn-north-1/bgw/"
                + "jdcloud2_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, "
                + "Signature=953aad0c58bbac3536df906f1fca601817d07b4876f5e9158d63ce55d93dc484");
    }

    @Test
    void v5AnActionPathIsSignedWithItsColonAsPercent3A() {
        byte[] body = ("{\"routeTableRuleSpecs\":[{\"nextHopType\":\"bgw\",\"nextHopId\":\"bgw-abcdefgh12\","
                + "\"addressPrefix\":\"10.10.0.0/16\",\"priority\":100}]}").getBytes(StandardCharsets.UTF_8);
        URI uri = URI.create("https://vpc.jdcloud-api.com/v1/regions/cn-north-1/routeTables/rtb-abcdefgh12%3AaddRouteTableRules");
        Jdcloud2Signer signer = new Jdcloud2Signer("vpc", "cn-north-1", PROJECT_KEYS, () -> V4_V5_NONCE);

        String authorization = signer.sign(new SigningRequest("POST", uri, JSON, body, V4_V5_TIME)).get("Authorization");

        assertThat(Hashing.sha256Hex(body)).isEqualTo("b066d6c9aa71dbe10fbf318adace76302996264072846b51a86accb7161c8017");
        assertThat(CanonicalRequest.uri("/v1/regions/cn-north-1/routeTables/rtb-abcdefgh12:addRouteTableRules"))
                .isEqualTo("/v1/regions/cn-north-1/routeTables/rtb-abcdefgh12%3AaddRouteTableRules");
        assertThat(authorization).endsWith("Signature=28f0d73a8d1123b53bb630c67eb0b3ca1effc765dfdd7853c46f673648df2326");
    }

    @Test
    void everyAttemptIsSignedWithAFreshNonceAndTheClocksDate() {
        emulator.faults().throttle("describeConnections", 2);
        Instant start = emulator.clock().instant();
        AtomicLong ticks = new AtomicLong();
        Clock ticking = new Clock() {
            @Override
            public Instant instant() {
                return start.plusSeconds(ticks.getAndIncrement());
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };

        try (var ticked = builder(emulator.testCredentials()).clock(ticking).build()) {
            ticked.connections().list().stream().count();
        }

        List<RecordedRequest> attempts = emulator.requests().of("describeConnections");
        assertThat(attempts).hasSize(3);
        assertThat(attempts).filteredOn(attempt -> attempt.fault() != null).hasSize(2);
        assertThat(attempts.stream().map(a -> a.request().header("x-jdcloud-nonce")).distinct()).hasSize(3);
        assertThat(attempts.stream().map(a -> a.request().header("x-jdcloud-date")).distinct()).hasSize(3);
    }
}
