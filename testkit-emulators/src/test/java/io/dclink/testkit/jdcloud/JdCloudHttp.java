package io.dclink.testkit.jdcloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dclink.testkit.emulator.KeyRing;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A small JD Cloud client for the tests: requests signed by the official signer, sent over real
 * HTTP to the emulator on loopback. The scope's service is the path's ({@code vpc} for VPCs and
 * route tables, else {@code bgw}); the scope's region is the path's regionId.
 */
final class JdCloudHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final Supplier<Instant> signingTime;
    private String keyId = KeyRing.TEST_KEY_ID;
    private String secret = KeyRing.TEST_SECRET;

    /**
     * A reply.
     *
     * @param status the HTTP status
     * @param body the JSON body (a missing node when empty)
     * @param headers the response headers
     */
    record Reply(int status, JsonNode body, Map<String, List<String>> headers) {

        JsonNode result() {
            return body.path("result");
        }

        String errorStatus() {
            return body.path("error").path("status").asText();
        }

        String message() {
            return body.path("error").path("message").asText();
        }

        String requestIdHeader() {
            return headers.getOrDefault("x-jdcloud-request-id", List.of("")).get(0);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** A request about to be signed and sent, which a test may tamper with in between. */
    static final class Request {
        String method;
        String path;
        List<Map.Entry<String, String>> query = new ArrayList<>();
        byte[] body = new byte[0];
        String nonce = UUID.randomUUID().toString();
        Instant signedAt;
        String signedPath;

        Request(String method, String path) {
            this.method = method;
            this.path = path;
            this.signedPath = path;
        }
    }

    JdCloudHttp(URI base, Supplier<Instant> signingTime) {
        this.base = base;
        this.signingTime = signingTime;
    }

    JdCloudHttp withKey(String id, String value) {
        JdCloudHttp other = new JdCloudHttp(base, signingTime);
        other.keyId = id;
        other.secret = value;
        return other;
    }

    Reply get(String path, String... query) {
        return send(request("GET", path, query, null));
    }

    Reply delete(String path, String... query) {
        return send(request("DELETE", path, query, null));
    }

    Reply post(String path, String json) {
        return send(request("POST", path, new String[0], json));
    }

    Reply patch(String path, String json) {
        return send(request("PATCH", path, new String[0], json));
    }

    /** A request from a path and {@code name, value} pairs; {@code :} in the path goes on the wire as {@code %3A}. */
    static Request request(String method, String path, String[] query, String json) {
        Request request = new Request(method, path.replace(":", "%3A"));
        for (int i = 0; i + 1 < query.length; i += 2) {
            request.query.add(Map.entry(query[i], query[i + 1]));
        }
        if (json != null) {
            request.body = json.getBytes(StandardCharsets.UTF_8);
        }
        return request;
    }

    Reply send(Request request) {
        return send(request, sign(request));
    }

    Map<String, List<String>> sign(Request request) {
        String decoded = request.signedPath.replace("%3A", ":");
        String service = decoded.contains("/routeTables") || decoded.contains("/vpcs/") ? "vpc" : "bgw";
        String region = decoded.startsWith("/v1/regions/") ? decoded.split("/")[3] : "jdcloud-api";
        Instant at = request.signedAt != null ? request.signedAt : signingTime.get();
        return OfficialSigner.sign(request.method, base, request.signedPath, request.query, request.body, service, region, at,
                request.nonce, keyId, secret);
    }

    /** Sends with the given headers (the Host header is the client's own, as signed). */
    Reply send(Request request, Map<String, List<String>> headers) {
        StringBuilder uri = new StringBuilder(base.toString()).append(request.path);
        if (!request.query.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            request.query.forEach(p -> pairs.add(Rfc3986.encode(p.getKey()) + "=" + Rfc3986.encode(p.getValue())));
            uri.append('?').append(String.join("&", pairs));
        }
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(uri.toString())).timeout(Duration.ofSeconds(10))
                .method(request.method, request.body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body));
        headers.forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host")) {
                values.forEach(value -> http.header(name, value));
            }
        });
        try {
            HttpResponse<byte[]> response = HTTP.send(http.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = response.body().length == 0 ? JSON.missingNode() : JSON.readTree(response.body());
            return new Reply(response.statusCode(), body, response.headers().map());
        } catch (IOException e) {
            throw new AssertionError("the emulator did not answer " + request.method + " " + request.path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
