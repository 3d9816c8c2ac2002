package io.dclink.provider.consoleconnect;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.auth.ApiKeyCredentials;
import io.dclink.error.ErrorContext;
import io.dclink.kit.call.Calls;
import io.dclink.kit.http.Percent;
import io.dclink.kit.json.Json;
import io.dclink.kit.json.JsonRecord;
import io.dclink.spi.HttpCall;
import io.dclink.spi.ProviderContext;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;

/**
 * Console Connect's REST API over the runtime's transport: {@code https://api.consoleconnect.com} (or
 * the endpoint override) plus a path of {@link Api}, JSON bodies, the Bearer key, errors read by
 * {@link KeyRefusal}. Answers are read strictly as JSON objects, but for the two that may be empty:
 * a price that does not exist (204) and a delete, whose answer is not read.
 */
final class ConsoleConnectApi {

    /** Console Connect's production API. */
    static final String BASE_URL = "https://api.consoleconnect.com";

    /**
     * One call.
     *
     * @param api the operation
     * @param company the company username in the path, or {@code null}
     * @param id the resource id in the path, or {@code null}
     * @param query the query parameters
     * @param body the JSON body, or {@code null}
     */
    record Call(Api api, String company, String id, Map<String, String> query, JsonNode body) {
    }

    private final String base;
    private final BearerKey key;
    private final KeyRefusal errors = new KeyRefusal();
    private final Calls<Call> calls;

    ConsoleConnectApi(ProviderContext context) {
        String endpoint = context.endpointOverride().map(URI::toString).orElse(BASE_URL);
        this.base = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        this.key = new BearerKey(() -> (ApiKeyCredentials) context.credentials());
        this.calls = new Calls<>(context, ConsoleConnectProvider.ID, (action, call) -> request(call), answer -> answer);
    }

    /** A read, retried whenever the failure is retryable. */
    CompletableFuture<JsonRecord> read(Api api, String company, String id, Map<String, String> query) {
        return calls.read(api.operation(), new Call(api, company, id, query, null));
    }

    /** A create: Console Connect takes no client token, so it is retried only when it provably did not arrive. */
    CompletableFuture<JsonRecord> create(Api api, String company, JsonNode body) {
        return calls.write(api.operation(), new Call(api, company, null, Map.of(), body));
    }

    /** A write whose repetition has the same effect (a rename). */
    CompletableFuture<JsonRecord> repeatableWrite(Api api, String company, String id, JsonNode body) {
        return calls.repeatableWrite(api.operation(), new Call(api, company, id, Map.of(), body));
    }

    /**
     * A delete, done when Console Connect accepts it or no longer knows the resource. Its answer is
     * not read: its body is undocumented (UNVERIFIED whether there is one).
     */
    CompletableFuture<Void> delete(Api api, String company, String id) {
        return calls.deleteUnread(api.operation(), new Call(api, company, id, Map.of(), null));
    }

    /**
     * A calculation that changes nothing and may answer nothing: {@code 204}, or an empty body, is
     * "no answer"; anything else must be a JSON object.
     */
    CompletableFuture<Optional<JsonRecord>> calculate(Api api, JsonNode body) {
        return calls.readOptional(api.operation(), new Call(api, null, null, Map.of(), body));
    }

    /** The provider's error context, for errors the plugin raises itself. */
    ErrorContext errors() {
        return calls.errors();
    }

    private HttpCall.Builder request(Call call) {
        HttpCall.Builder builder = HttpCall.builder(call.api().operation(), call.api().method(), uri(call))
                .header("Accept", "application/json")
                .signer(key)
                .classifier(errors);
        if (call.body() != null) {
            builder.header("Content-Type", "application/json").body(Json.bytes(call.body()));
        }
        return builder;
    }

    private URI uri(Call call) {
        String path = call.api().path();
        if (call.company() != null) {
            path = path.replace("{company}", Percent.encode(call.company()));
        }
        if (call.id() != null) {
            path = path.replace("{id}", Percent.encode(call.id()));
        }
        StringJoiner query = new StringJoiner("&", "?", "");
        query.setEmptyValue("");
        call.query().forEach((name, value) -> query.add(Percent.encode(name) + "=" + Percent.encode(value)));
        return URI.create(base + path + query);
    }
}
