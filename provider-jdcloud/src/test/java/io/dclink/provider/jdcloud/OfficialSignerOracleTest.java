package io.dclink.provider.jdcloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.jdcloud.sdk.auth.sign.JdCloudSigner;
import com.jdcloud.sdk.http.DefaultSdkHttpFullRequest;
import com.jdcloud.sdk.http.SdkHttpMethod;
import io.dclink.auth.AccessKeyCredentials;
import io.dclink.auth.Credentials;
import io.dclink.kit.http.Percent;
import io.dclink.spi.SigningRequest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * JD Cloud's own signer ({@code com.jdcloud.sdk:core}'s {@code JdCloudSigner}, test scope) as the
 * oracle of ours: on seeded generated requests — every method, action paths with {@code :}, non-ASCII
 * and reserved characters, repeated and empty query parameters, bodies — both give the same
 * {@code Authorization}. As the SDK's own client does, it is handed the path already encoded.
 */
class OfficialSignerOracleTest {

    private static final int REQUESTS = 64;
    private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"};
    private static final String[] SEGMENTS = {"connections", "bgws", "dc-5x3k9w2m7q", "rtb-abcdefgh12:addRouteTableRules",
        "vpnTunnels", "t-1:adminStatus", "专线", "边界网关-1", "a b", "a+b", "a*b", "~tilde", "(x)!'", "@$,;=", "50%", "é", "😀"};
    private static final String[] NAMES = {"pageNumber", "pageSize", "filters.1.name", "filters.1.values.1", "filters.1.values.2",
        "bgwRouteIds.1", "a", "b", "名字", "x y", "*", "~"};
    /**
     * No literal {@code %} in the query: the Java SDK's {@code SdkHttpUtils.urlEncode} turns {@code %25} back
     * into {@code %} there (see {@link #theJavaSdkLeavesALiteralPercentOfTheQueryUnencoded}). Paths may hold one.
     */
    private static final String[] VALUES = {"", "1", "100", "Active", "Installation_Paying", "a b", "a+b", "中文", "/slash/",
        "~*'()", "=&?", "😀"};
    private static final String[] HOSTS = {"https://bgw.jdcloud-api.com", "https://vpc.jdcloud-api.com", "http://127.0.0.1:8443"};

    @Test
    void ourAuthorizationIsTheOfficialSignersOnGeneratedRequests() {
        Random random = new Random(0x1dc1_0d2L);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String method = pick(random, METHODS);
            StringBuilder path = new StringBuilder("/v1/regions/cn-north-1");
            for (int s = 0, n = 1 + random.nextInt(3); s < n; s++) {
                path.append('/').append(Percent.encode(pick(random, SEGMENTS)));
            }
            List<String[]> query = new ArrayList<>();
            for (int q = 0, n = random.nextInt(5); q < n; q++) {
                String name = pick(random, NAMES);
                query.add(new String[] {name, pick(random, VALUES)});
                if (random.nextInt(4) == 0) {
                    query.add(new String[] {name, pick(random, VALUES)});
                }
            }
            byte[] body = method.equals("GET") || method.equals("HEAD") || random.nextInt(3) == 0 ? new byte[0]
                    : ("{\"spec\":{\"name\":\"" + pick(random, VALUES) + "\",\"n\":" + random.nextInt() + "}}")
                            .getBytes(StandardCharsets.UTF_8);
            String service = random.nextBoolean() ? "bgw" : "vpc";
            String host = pick(random, HOSTS);
            Instant at = Instant.ofEpochSecond(1_500_000_000L + random.nextInt(400_000_000));
            String nonce = new UUID(random.nextLong(), random.nextLong()).toString();
            AccessKeyCredentials keys = Credentials.accessKey("AK" + random.nextInt(1000),
                    "secret-" + random.nextLong());

            String ours = ours(method, host, path.toString(), query, body, service, at, nonce, keys);
            String theirs = theirs(method, host, path.toString(), query, body, service, at, nonce, keys);
            if (!ours.equals(theirs)) {
                differences.add(method + " " + host + path + " " + encoded(query) + "\n ours:   " + ours + "\n theirs: " + theirs);
            }
        }
        assertThat(differences).as("requests whose Authorization differs").isEmpty();
    }

    /**
     * Where the two differ, and why ours follows the reference (names and values encoded per RFC 3986,
     * as the project's emulator verifies): the Java SDK signs a query value {@code 50%} as {@code 50%}
     * rather than {@code 50%25}. No JD Cloud parameter the plugin sends can hold a {@code %}.
     */
    @Test
    void theJavaSdkLeavesALiteralPercentOfTheQueryUnencoded() {
        AccessKeyCredentials keys = Credentials.accessKey("AK", "SK");
        Instant at = Instant.parse("2024-01-15T08:30:00Z");
        List<String[]> percent = List.<String[]>of(new String[] {"a", "50%"});

        assertThat(CanonicalRequest.query(encoded(percent))).isEqualTo("a=50%25");
        assertThat(ours("GET", HOSTS[0], "/v1/regions/cn-north-1/x", percent, new byte[0], "bgw", at, "n", keys))
                .isNotEqualTo(theirs("GET", HOSTS[0], "/v1/regions/cn-north-1/x", percent, new byte[0], "bgw", at, "n", keys));
        assertThat(ours("GET", HOSTS[0], "/v1/regions/cn-north-1/50%25", List.of(), new byte[0], "bgw", at, "n", keys))
                .isEqualTo(theirs("GET", HOSTS[0], "/v1/regions/cn-north-1/50%25", List.of(), new byte[0], "bgw", at, "n", keys));
    }

    private static String ours(String method, String host, String path, List<String[]> query, byte[] body, String service,
            Instant at, String nonce, AccessKeyCredentials keys) {
        String encoded = encoded(query);
        URI uri = URI.create(host + path + (encoded.isEmpty() ? "" : "?" + encoded));
        return new Jdcloud2Signer(service, "cn-north-1", keys, () -> nonce).sign(new SigningRequest(method, uri,
                Map.of("Content-Type", List.of("application/json")), body, at)).get("Authorization");
    }

    private static String theirs(String method, String host, String path, List<String[]> query, byte[] body, String service,
            Instant at, String nonce, AccessKeyCredentials keys) {
        JdCloudSigner signer = new JdCloudSigner();
        signer.setServiceName(service);
        signer.setRegionName("cn-north-1");
        signer.setOverrideDate(Date.from(at));
        DefaultSdkHttpFullRequest.Builder request = DefaultSdkHttpFullRequest.builder()
                .httpMethod(SdkHttpMethod.valueOf(method)).endpoint(URI.create(host)).resourcePath(path)
                .header("Content-Type", "application/json").header("x-jdcloud-nonce", nonce)
                .content(new ByteArrayInputStream(body));
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        query.forEach(pair -> grouped.computeIfAbsent(pair[0], name -> new ArrayList<>()).add(pair[1]));
        grouped.forEach(request::queryParameter);
        return signer.sign(request, new com.jdcloud.sdk.auth.Credentials(keys.accessKeyId(), keys.secretKey().reveal()))
                .getHeaders().get("Authorization").get(0);
    }

    private static String encoded(List<String[]> query) {
        StringBuilder text = new StringBuilder();
        for (String[] pair : query) {
            text.append(text.length() == 0 ? "" : "&").append(Percent.encode(pair[0])).append('=').append(Percent.encode(pair[1]));
        }
        return text.toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
