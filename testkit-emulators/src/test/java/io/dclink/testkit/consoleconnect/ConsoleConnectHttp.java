package io.dclink.testkit.consoleconnect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.dclink.testkit.emulator.KeyRing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small Console Connect client for the tests, over real HTTP to the emulator on loopback: JSON
 * bodies and {@code Authorization: Bearer} with the test key unless told otherwise.
 */
final class ConsoleConnectHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final Map<String, String> headers;

    /**
     * A reply.
     *
     * @param status the HTTP status
     * @param body the JSON body (a missing node when empty)
     * @param headers the response headers
     */
    record Reply(int status, JsonNode body, Map<String, List<String>> headers) {

        String message() {
            return body.path("error").path("message").asText();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    ConsoleConnectHttp(URI base) {
        this(base, Map.of("Authorization", "Bearer " + KeyRing.TEST_KEY_ID));
    }

    private ConsoleConnectHttp(URI base, Map<String, String> headers) {
        this.base = base;
        this.headers = headers;
    }

    /** A client sending exactly these headers (none for an anonymous one). */
    ConsoleConnectHttp withHeaders(Map<String, String> replacement) {
        return new ConsoleConnectHttp(base, new LinkedHashMap<>(replacement));
    }

    /** A client with another bearer key. */
    ConsoleConnectHttp withKey(String key) {
        return withHeaders(Map.of("Authorization", "Bearer " + key));
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply put(String path, String json) {
        return send("PUT", path, json);
    }

    Reply post(String path, String json) {
        return send("POST", path, json);
    }

    Reply delete(String path) {
        return send("DELETE", path, null);
    }

    Reply send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? MissingNode.getInstance() : JSON.readTree(response.body());
            return new Reply(response.statusCode(), body, response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
