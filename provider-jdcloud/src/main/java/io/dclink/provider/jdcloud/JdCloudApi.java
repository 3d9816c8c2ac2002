package io.dclink.provider.jdcloud;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.auth.AccessKeyCredentials;
import io.dclink.error.ErrorContext;
import io.dclink.kit.call.Calls;
import io.dclink.kit.http.Percent;
import io.dclink.kit.http.TableClassifier;
import io.dclink.kit.json.Json;
import io.dclink.spi.HttpCall;
import io.dclink.spi.ProviderContext;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * JD Cloud's REST API over the runtime's transport: {@code https://{service}.jdcloud-api.com/v1/regions/{regionId}/...}
 * (or the endpoint override, for both services), each operation's method and path from {@link Api},
 * parameters in the query of a GET or DELETE and the request model in the JSON body of a POST or
 * PATCH, signed with {@code JDCLOUD2-HMAC-SHA256} for the operation's service, errors read by the
 * descriptor's tables.
 */
final class JdCloudApi {

    /**
     * One call: the operation, the id in its path (or {@code null}), its query and its request model.
     *
     * @param api the operation
     * @param id the resource id of the path, or {@code null}
     * @param query the query
     * @param model the request model the body wraps, or {@code null}
     */
    record Call(Api api, String id, Query query, JsonNode model) {
    }

    private static final TableClassifier ERRORS = new TableClassifier(JdCloudErrors.TABLE, JdCloudErrors.ENVELOPE);

    private final String region;
    private final Map<Api.Service, String> bases = new EnumMap<>(Api.Service.class);
    private final Map<Api.Service, Jdcloud2Signer> signers = new EnumMap<>(Api.Service.class);
    private final Calls<Call> calls;

    JdCloudApi(ProviderContext context) {
        this.region = context.region();
        Supplier<AccessKeyCredentials> credentials = () -> (AccessKeyCredentials) context.credentials();
        for (Api.Service service : Api.Service.values()) {
            String base = context.endpointOverride().map(URI::toString)
                    .orElse("https://" + service.code() + ".jdcloud-api.com");
            bases.put(service, base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
            signers.put(service, new Jdcloud2Signer(service.code(), region, credentials));
        }
        this.calls = new Calls<>(context, JdCloudProvider.ID, (action, call) -> request(call), answer -> answer);
    }

    private HttpCall.Builder request(Call call) {
        Api api = call.api();
        HttpCall.Builder builder = HttpCall.builder(api.operation(), api.method(), uri(call))
                .header("Content-Type", "application/json")
                .signer(signers.get(api.service()))
                .classifier(ERRORS);
        if (api.bodyField() != null) {
            builder.body(Json.bytes(Json.object().set(api.bodyField(), call.model() == null ? Json.object() : call.model())));
        }
        return builder;
    }

    private URI uri(Call call) {
        String path = call.api().path();
        if (call.id() != null) {
            path = path.replace("{id}", Percent.encode(call.id()));
        }
        String query = call.query().encoded();
        return URI.create(bases.get(call.api().service()) + "/v1/regions/" + Percent.encode(region) + "/"
                + path.replace(":", "%3A") + (query == null ? "" : "?" + query));
    }

    /** A read, retried whenever the failure is retryable. */
    CompletableFuture<Answer> read(Api api, String id, Query query) {
        return calls.read(api.operation(), new Call(api, id, query, null)).thenApply(Answer::new);
    }

    /** A create without a client token: retried only when it provably did not reach JD Cloud. */
    CompletableFuture<Answer> write(Api api, String id, JsonNode model) {
        return calls.write(api.operation(), new Call(api, id, Query.empty(), model)).thenApply(Answer::new);
    }

    /** A write whose repetition has the same effect (a modify that sets values). */
    CompletableFuture<Answer> repeatableWrite(Api api, String id, JsonNode model) {
        return calls.repeatableWrite(api.operation(), new Call(api, id, Query.empty(), model)).thenApply(Answer::new);
    }

    /** A delete, done when JD Cloud answers that the resource is not found. */
    CompletableFuture<Void> delete(Api api, String id, Query query, JsonNode model) {
        return calls.delete(api.operation(), new Call(api, id, query, model));
    }

    String region() {
        return region;
    }

    /** The provider's error context, for errors the plugin raises itself. */
    ErrorContext errors() {
        return calls.errors();
    }
}
