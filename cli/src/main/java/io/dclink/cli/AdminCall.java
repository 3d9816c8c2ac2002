package io.dclink.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.error.ErrorContext;
import io.dclink.error.ProviderErrorException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** One request to a running emulator's admin endpoint ({@code --endpoint} is the emulator's base URL). */
abstract class AdminCall implements Callable<Integer> {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Spec
    CommandSpec spec;

    abstract String method();

    abstract String path();

    /** The query parameters; {@code null} values are left out. */
    Map<String, String> query() {
        return Map.of();
    }

    @Override
    public Integer call() throws InterruptedException, IOException {
        DclinkCommand root = DclinkCommand.of(spec);
        if (root.endpoint == null) {
            throw new UsageException("give the emulator's base URL with --endpoint (or DCLINK_ENDPOINT)");
        }
        URI base = EndpointUri.usable(root.endpoint);
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        query().forEach((name, value) -> {
            if (value != null) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/_dclink/" + path() + query)).timeout(PATIENCE)
                .method(method(), HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newBuilder().connectTimeout(PATIENCE).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException unreachable) {
            throw new RemoteFailure("cannot reach the emulator at " + base + " (" + reason(unreachable)
                    + "); is 'dclink emulator start' running there?", unreachable);
        }
        if (response.statusCode() >= 300) {
            throw new ProviderErrorException("the emulator refused " + path() + ": " + said(response.body()),
                    ErrorContext.of("emulator").withHttpStatus(response.statusCode()), null);
        }
        JsonNode answer = Output.JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
        Output out = root.output();
        if (answer.isArray()) {
            out.documents(answer);
        } else {
            out.one(answer);
        }
        return ExitCodes.OK;
    }

    private static String reason(IOException failure) {
        if (failure instanceof ConnectException) {
            return "connection refused";
        }
        if (failure instanceof HttpTimeoutException) {
            return "no answer within " + PATIENCE.toSeconds() + " s";
        }
        return "the connection failed";
    }

    /** The emulator's {@code {"error": …}}, or the body as it came. */
    private static String said(String body) {
        try {
            return Output.JSON.readTree(body).path("error").asText(body);
        } catch (IOException notJson) {
            return body;
        }
    }
}
