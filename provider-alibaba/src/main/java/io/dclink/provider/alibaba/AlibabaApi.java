package io.dclink.provider.alibaba;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.dclink.auth.AccessKeyCredentials;
import io.dclink.core.http.Hashing;
import io.dclink.core.json.Json;
import io.dclink.error.ErrorContext;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.spi.HttpCall;
import io.dclink.spi.Idempotency;
import io.dclink.spi.ProviderContext;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Calls one action of the VPC API (RPC style, 2016-04-28): POST to {@code /} with every parameter in the query. */
final class AlibabaApi {

    static final String VERSION = "2016-04-28";
    /** Regions served by the central host rather than {@code vpc.<region>.aliyuncs.com}. */
    private static final Set<String> CENTRAL = Set.of("cn-hangzhou", "cn-shanghai-finance-1", "cn-shenzhen-finance-1",
            "cn-north-2-gov-1", "cn-hangzhou-finance", "cn-wuhan", "cn-zhangbei", "cn-fujian", "rus-west-1-pop",
            "ap-northeast-2-pop");

    private final ProviderContext context;
    private final Acs3Signer signer;
    private final AlibabaErrors errors = new AlibabaErrors();
    private final URI endpoint;

    AlibabaApi(ProviderContext context) {
        this.context = context;
        this.signer = new Acs3Signer((AccessKeyCredentials) context.credentials());
        this.endpoint = context.endpointOverride().orElse(URI.create("https://" + host(context.region())));
    }

    static String host(String region) {
        return CENTRAL.contains(region) ? "vpc.aliyuncs.com" : "vpc." + region + ".aliyuncs.com";
    }

    String region() {
        return context.region();
    }

    /** Parameters with the client's {@code RegionId}. */
    RpcParams params() {
        return new RpcParams().put("RegionId", context.region());
    }

    /** A client token for a mutating call: the caller's idempotency key, or a fresh one reused by every retry. */
    static String token(String idempotencyKey) {
        return idempotencyKey != null ? idempotencyKey : "dclink-" + UUID.randomUUID().toString().replace("-", "");
    }

    /**
     * The token of one step of a composite operation (the BGP group of a new VBR): derived from the
     * operation's key, so a repeated operation repeats each step's token, and at most 64 characters.
     */
    static String token(String idempotencyKey, String step) {
        return idempotencyKey == null ? token(null) : "dclink-" + Hashing.sha256Hex(idempotencyKey + "/" + step).substring(0, 40);
    }

    CompletableFuture<JsonNode> read(String action, RpcParams params) {
        return call(action, params, Idempotency.IDEMPOTENT, List.of());
    }

    /** A write carrying {@code ClientToken}: the service de-duplicates retries. */
    CompletableFuture<JsonNode> write(String action, RpcParams params, String clientToken) {
        return write(action, params, clientToken, List.of());
    }

    /** A write whose parameters include secrets (BGP keys, ID numbers), kept out of logs and errors. */
    CompletableFuture<JsonNode> write(String action, RpcParams params, String clientToken, List<String> sensitive) {
        return call(action, params.put("ClientToken", clientToken), Idempotency.CLIENT_TOKEN, sensitive);
    }

    /**
     * A delete the reference documents no {@code ClientToken} for. Repeated after an ambiguous
     * failure, it finds the resource gone: that counts as done.
     */
    CompletableFuture<JsonNode> delete(String action, RpcParams params) {
        return call(action, params, Idempotency.IDEMPOTENT, List.of()).exceptionallyCompose(failure -> {
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            return cause instanceof ResourceNotFoundException
                    ? CompletableFuture.completedFuture(MissingNode.getInstance()) : CompletableFuture.failedFuture(cause);
        });
    }

    /** A write the reference documents no {@code ClientToken} for, safe to repeat (a modify). */
    CompletableFuture<JsonNode> repeatableWrite(String action, RpcParams params, List<String> sensitive) {
        return call(action, params, Idempotency.IDEMPOTENT, sensitive);
    }

    private CompletableFuture<JsonNode> call(String action, RpcParams params, Idempotency idempotency,
            List<String> sensitive) {
        HttpCall.Builder builder = HttpCall.builder(action, "POST", endpoint.resolve("/?" + params.toQuery()))
                .header("x-acs-action", action)
                .header("x-acs-version", VERSION)
                .header("Accept", "application/json")
                .idempotency(idempotency)
                .signer(signer)
                .classifier(errors);
        sensitive.forEach(builder::sensitive);
        HttpCall call = builder.build();
        return context.transport().send(call).thenApply(result -> Json.tree(result.body(), "the " + action + " response",
                ErrorContext.of(AlibabaProvider.ID)));
    }
}
