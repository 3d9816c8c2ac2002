package io.dclink.testkit.toy;

import io.dclink.testkit.emulator.KeyRing;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/** A raw HTTP client of the toy API, signing as the toy documentation says: no dclink code involved. */
public final class ToyHttp {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;
    private final Clock clock;

    public ToyHttp(URI base, Clock clock) {
        this.base = base;
        this.clock = clock;
    }

    public HttpResponse<String> send(String method, String pathAndQuery, String body) throws IOException, InterruptedException {
        return send(method, pathAndQuery, body, KeyRing.TEST_KEY_ID, KeyRing.TEST_SECRET, clock.instant().getEpochSecond(),
                Duration.ofSeconds(10));
    }

    public HttpResponse<String> send(String method, String pathAndQuery, String body, String keyId, String secret,
            long time, Duration timeout) throws IOException, InterruptedException {
        URI uri = base.resolve(pathAndQuery);
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String signature = ToySignature.sign(secret, method, uri.getRawPath(), uri.getRawQuery(), Long.toString(time), bytes);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, bytes.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes))
                .header("X-Toy-Key", keyId).header("X-Toy-Time", Long.toString(time)).header("X-Toy-Signature", signature)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
