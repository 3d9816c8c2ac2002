package io.dclink.provider.alibaba;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dclink.auth.Credentials;
import io.dclink.kit.http.Hashing;
import io.dclink.spi.SigningRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The ACS3 vectors of the test resources' samples/alibaba/signature-test-vectors.json (see SOURCES.md there). */
class Acs3SignerTest {

    private static JsonNode vector(int index) throws IOException {
        try (InputStream in = Acs3SignerTest.class.getResourceAsStream("/samples/alibaba/signature-test-vectors.json")) {
            return new ObjectMapper().readTree(Objects.requireNonNull(in)).path("v3_acs3_hmac_sha256").get(index);
        }
    }

    /** The vector's request as our transport would hand it to the signer. */
    private static SigningRequest request(JsonNode vector) {
        StringBuilder query = new StringBuilder();
        vector.path("query").properties().forEach(param -> query.append(query.isEmpty() ? "" : "&")
                .append(param.getKey()).append('=').append(param.getValue().asText().replace(" ", "%20")));
        JsonNode headers = vector.path("headers");
        URI uri = URI.create("https://" + headers.path("host").asText() + "/?" + query);
        return new SigningRequest(vector.path("httpMethod").asText(), uri, Map.of(
                "x-acs-action", List.of(headers.path("x-acs-action").asText()),
                "x-acs-version", List.of(headers.path("x-acs-version").asText())),
                new byte[0], Instant.parse(headers.path("x-acs-date").asText()));
    }

    private static Map<String, String> sign(JsonNode vector) {
        String nonce = vector.path("headers").path("x-acs-signature-nonce").asText();
        return new Acs3Signer(Credentials.accessKey(vector.path("accessKeyId").asText(),
                vector.path("accessKeySecret").asText()), () -> nonce).sign(request(vector));
    }

    @Test
    void theOfficialRunInstancesExampleReproducesEveryPublishedValue() throws IOException {
        JsonNode vector = vector(0);
        TreeMap<String, String> signed = new TreeMap<>();
        vector.path("headers").properties().forEach(header -> signed.put(header.getKey(), header.getValue().asText()));

        String canonical = Acs3Signer.canonicalRequest(request(vector), signed);

        assertThat(canonical).isEqualTo(vector.path("canonicalRequest").asText());
        assertThat(Hashing.sha256Hex(canonical)).isEqualTo("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259");
        assertThat(sign(vector)).containsEntry("Authorization", "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders="
                + "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature="
                + "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0")
                .containsEntry("x-acs-date", "2023-10-26T10:22:32Z")
                .containsEntry("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d")
                .containsEntry("x-acs-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void theVpcVectorWithARepeatListFilterAndASpaceMatches() throws IOException {
        JsonNode vector = vector(1);

        assertThat(Acs3Signer.canonicalQuery(request(vector).uri().getRawQuery()))
                .isEqualTo("Filter.1.Key=Status&Filter.1.Value.1=Enabled&Filter.1.Value.2=Allocation%20Failed"
                        + "&PageNumber=1&PageSize=50&RegionId=cn-hangzhou");
        assertThat(sign(vector).get("Authorization"))
                .endsWith("Signature=bc2b8931cb32b798104465dcd26d7e1a8df6de7314ac4bc4dd738fe9f019cb34");
    }

    @Test
    void theCanonicalQuerySortsByNameThenValueAndKeepsEmptyValues() {
        assertThat(Acs3Signer.canonicalQuery("b=2&a.b=1&a=3&c=&d=x%2By%20z*+w")).isEqualTo("a=3&a.b=1&b=2&c=&d=x%2By%20z%2A%20w");
        assertThat(Acs3Signer.canonicalQuery(null)).isEmpty();
    }

    @Test
    void everyCallGetsAFreshNonceAndTemporaryCredentialsSignTheirToken() {
        SigningRequest request = new SigningRequest("POST", URI.create("https://vpc.aliyuncs.com/?RegionId=cn-hangzhou"),
                Map.of("x-acs-action", List.of("DescribeAccessPoints")), new byte[0], Instant.parse("2026-11-22T00:00:00Z"));
        Acs3Signer signer = new Acs3Signer(Credentials.temporaryAccessKey("id", "secret", "sts-token-1"));

        Map<String, String> first = signer.sign(request);
        Map<String, String> second = signer.sign(request);

        assertThat(first.get("x-acs-signature-nonce")).isNotEqualTo(second.get("x-acs-signature-nonce"));
        assertThat(first).containsEntry("x-acs-security-token", "sts-token-1");
        assertThat(first.get("Authorization")).contains("SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;"
                + "x-acs-security-token;x-acs-signature-nonce,");
    }
}
