package io.dclink.provider.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.auth.AccessKeyCredentials;
import io.dclink.core.json.Json;
import io.dclink.error.ErrorContext;
import io.dclink.spi.HttpCall;
import io.dclink.spi.Idempotency;
import io.dclink.spi.ProviderContext;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/** Calls one Tencent API action: JSON POST to {@code /}, TC3-signed, the answer's {@code Response}. */
final class TencentApi {

    static final String DC = "dc";
    static final String VPC = "vpc";
    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private final ProviderContext context;
    private final AccessKeyCredentials credentials;
    private final TencentErrors errors = new TencentErrors();
    private final boolean signAction;

    TencentApi(ProviderContext context) {
        this.context = context;
        this.credentials = (AccessKeyCredentials) context.credentials();
        this.signAction = Boolean.parseBoolean(context.properties().getOrDefault(TencentProvider.SIGN_ACTION, "false"));
    }

    String region() {
        return context.region();
    }

    ObjectNode params() {
        return Json.mapper().createObjectNode();
    }

    CompletableFuture<JsonNode> call(String service, String action, ObjectNode params, Idempotency idempotency,
            String sensitive) {
        URI endpoint = context.endpointOverride().orElse(URI.create("https://" + service + ".tencentcloudapi.com"));
        HttpCall call = HttpCall.builder(action, "POST", endpoint.resolve("/"))
                .header("Content-Type", CONTENT_TYPE)
                .header("X-TC-Action", action)
                .header("X-TC-Version", service.equals(DC) ? "2018-04-10" : "2017-03-12")
                // UNVERIFIED: whether DC needs X-TC-Region; it is always sent.
                .header("X-TC-Region", context.region())
                .header("X-TC-Language", "en-US")
                .body(Json.write(Json.mapper(), params))
                .idempotency(idempotency)
                .signer(new Tc3Signer(service, credentials, signAction))
                .classifier(errors)
                .sensitive(sensitive)
                .build();
        return context.transport().send(call).thenApply(result -> Json.tree(result.body(), "the " + action + " response",
                ErrorContext.of(TencentProvider.ID)).path("Response"));
    }

    CompletableFuture<JsonNode> read(String service, String action, ObjectNode params) {
        return call(service, action, params, Idempotency.IDEMPOTENT, null);
    }
}
