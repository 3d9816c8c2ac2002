package io.dclink.provider.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.auth.Credentials;
import io.dclink.kit.http.Hashing;
import io.dclink.spi.SigningRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worked examples of Tencent Cloud API 3.0 "Signature v3" documentation (Chinese and international revisions). */
class Tc3SignerTest {

    private static final String SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    private static final String SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    private static final Instant TIMESTAMP = Instant.ofEpochSecond(1551113065);
    private static final String OFFICIAL_BODY =
            "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";
    private static final String INTERNATIONAL_BODY =
            "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"unnamed\"], \"Name\": \"instance-name\"}]}";

    private static SigningRequest request(String body) {
        return new SigningRequest("POST", URI.create("https://cvm.tencentcloudapi.com/"),
                Map.of("Content-Type", List.of("application/json; charset=utf-8"), "X-TC-Action", List.of("DescribeInstances")),
                body.getBytes(StandardCharsets.UTF_8), TIMESTAMP);
    }

    private static Map<String, String> sign(String body, boolean signAction) {
        return new Tc3Signer("cvm", Credentials.accessKey(SECRET_ID, SECRET_KEY), signAction).sign(request(body));
    }

    @Test
    void theOfficialWorkedExampleReproducesEveryPublishedValue() {
        String canonical = Tc3Signer.canonicalRequest(request(OFFICIAL_BODY), "content-type;host");

        assertThat(Hashing.sha256Hex(OFFICIAL_BODY)).isEqualTo("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
        assertThat(canonical).isEqualTo("POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\n"
                + "content-type;host\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
        assertThat(Hashing.sha256Hex(canonical)).isEqualTo("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031");
        assertThat(sign(OFFICIAL_BODY, false))
                .containsEntry("Authorization", "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/"
                        + "cvm/tc3_request, SignedHeaders=content-type;host, "
                        + "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168")
                .containsEntry("X-TC-Timestamp", "1551113065");
    }

    @Test
    void theInternationalRevisionReproducesItsPublishedHashes() {
        String canonical = Tc3Signer.canonicalRequest(request(INTERNATIONAL_BODY), "content-type;host");

        assertThat(Hashing.sha256Hex(INTERNATIONAL_BODY)).isEqualTo("99d58dfbc6745f6747f36bfca17dee5e6881dc0428a0a36f96199342bc5b4907");
        assertThat(Hashing.sha256Hex(canonical)).isEqualTo("2815843035062fffda5fd6f2a44ea8a34818b0dc46f024b8b3786976a3adda7a");
        assertThat(sign(INTERNATIONAL_BODY, false).get("Authorization"))
                .endsWith("Signature=63eae8f4b793c20564dafd5a5f62817d6e8de7ce5d4fb2d38f7babf1531c493c");
    }

    @Test
    void theRevisionThatSignsTheActionReproducesItsPublishedHashAndSignature() {
        String canonical = Tc3Signer.canonicalRequest(request(OFFICIAL_BODY), "content-type;host;x-tc-action");
        byte[] publishedSigningKey = java.util.HexFormat.of()
                .parseHex("b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af");
        String stringToSign = "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n" + Hashing.sha256Hex(canonical);

        assertThat(canonical).contains("x-tc-action:describeinstances\n");
        assertThat(Hashing.sha256Hex(canonical)).isEqualTo("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84");
        assertThat(Hashing.hex(Hashing.hmacSha256(publishedSigningKey, stringToSign)))
                .isEqualTo("10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f");
        assertThat(sign(OFFICIAL_BODY, true).get("Authorization"))
                .contains("SignedHeaders=content-type;host;x-tc-action")
                .endsWith("Signature=644be983de9a8a3f00db8eadaba61467c3b429e2215758ba897b738ca469fd26");
    }

    @Test
    void theScopeDateIsTheUtcDateNotTheLocalOne() {
        assertThat(sign(OFFICIAL_BODY, false).get("Authorization")).contains("/2019-02-25/cvm/tc3_request");
    }

    @Test
    void theSignedHostCarriesANonDefaultPort() {
        SigningRequest local = new SigningRequest("POST", URI.create("http://127.0.0.1:8080/"),
                Map.of("Content-Type", List.of("application/json")), new byte[0], TIMESTAMP);

        assertThat(Tc3Signer.canonicalRequest(local, "content-type;host")).contains("\nhost:127.0.0.1:8080\n");
    }

    @Test
    void temporaryCredentialsSendTheirToken() {
        Map<String, String> headers = new Tc3Signer("dc", Credentials.temporaryAccessKey(SECRET_ID, SECRET_KEY, "tok-1"), false)
                .sign(request(OFFICIAL_BODY));

        assertThat(headers).containsEntry("X-TC-Token", "tok-1");
    }
}
