package io.dclink.provider.alibaba;

import io.dclink.auth.AccessKeyCredentials;
import io.dclink.error.ErrorContext;
import io.dclink.kit.call.Calls;
import io.dclink.kit.call.Lookups;
import io.dclink.kit.http.Hashing;
import io.dclink.kit.http.TableClassifier;
import io.dclink.kit.json.JsonRecord;
import io.dclink.kit.paging.PageNumberPaging;
import io.dclink.model.Resource;
import io.dclink.spi.HttpCall;
import io.dclink.spi.Page;
import io.dclink.spi.ProviderContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The VPC API (RPC style, 2016-04-28): POST to {@code /} with every parameter in the query,
 * ACS3-signed; PageNumber/PageSize paging; {@code ClientToken} on the writes that take one.
 */
final class AlibabaApi {

    static final String VERSION = "2016-04-28";
    static final int PAGE_SIZE = 50;
    /** Regions served by the central host rather than {@code vpc.<region>.aliyuncs.com}. */
    private static final Set<String> CENTRAL = Set.of("cn-hangzhou", "cn-shanghai-finance-1", "cn-shenzhen-finance-1",
            "cn-north-2-gov-1", "cn-hangzhou-finance", "cn-wuhan", "cn-zhangbei", "cn-fujian", "rus-west-1-pop",
            "ap-northeast-2-pop");
    private static final TableClassifier ERRORS = new TableClassifier(AlibabaErrors.TABLE, AlibabaErrors.ENVELOPE);

    private final ProviderContext context;
    private final Calls<RpcParams> calls;
    private final PageNumberPaging paging;

    AlibabaApi(ProviderContext context) {
        this.context = context;
        Acs3Signer signer = new Acs3Signer(() -> (AccessKeyCredentials) context.credentials());
        URI endpoint = context.endpointOverride().orElse(URI.create("https://" + host(context.region())));
        this.calls = new Calls<>(context, AlibabaProvider.ID, (action, params) -> HttpCall
                .builder(action, "POST", endpoint.resolve("/?" + params.toQuery()))
                .header("x-acs-action", action)
                .header("x-acs-version", VERSION)
                .header("Accept", "application/json")
                .signer(signer)
                .classifier(ERRORS), AlibabaApi::payload);
        this.paging = new PageNumberPaging(PAGE_SIZE, calls.errors());
    }

    /**
     * Every answer carries its {@code RequestId}: one without (an empty object, another shape) is a
     * protocol error, never an answer that holds nothing.
     */
    private static JsonRecord payload(JsonRecord answer) {
        if (answer.text("RequestId") == null && answer.text("requestId") == null) {
            throw answer.error("the answer has no RequestId");
        }
        return answer;
    }

    static String host(String region) {
        return CENTRAL.contains(region) ? "vpc.aliyuncs.com" : "vpc." + region + ".aliyuncs.com";
    }

    String region() {
        return context.region();
    }

    ErrorContext errors() {
        return calls.errors();
    }

    /** Parameters with the client's {@code RegionId}. */
    RpcParams params() {
        return new RpcParams().put("RegionId", context.region());
    }

    /** Parameters of one page: {@code PageNumber} from the token, {@code PageSize}. */
    RpcParams window(String token) {
        return params().put("PageNumber", paging.pageNumber(token)).put("PageSize", PAGE_SIZE);
    }

    /**
     * A page of a describe answer's {@code set.item} list, with the next page number unless it reached
     * the total. A page that holds more records than its page size, or one record twice, is a protocol
     * error.
     */
    <T> Page<T> page(JsonRecord response, String set, String item, String token, Function<JsonRecord, T> mapping,
            Predicate<T> keep) {
        List<JsonRecord> records = response.record(set).records(item);
        Integer pageSize = response.integer("PageSize");
        int size = pageSize == null ? PAGE_SIZE : pageSize;
        if (size > 0 && records.size() > size) {
            throw response.error("the field " + set + "." + item + " holds " + records.size() + " records, more than its "
                    + "page size of " + size);
        }
        List<T> kept = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonRecord record : records) {
            T mapped = mapping.apply(record);
            if (mapped instanceof Resource resource && !ids.add(resource.id())) {
                throw response.error("the field " + set + "." + item + " lists " + resource.id() + " twice on one page");
            }
            if (keep.test(mapped)) {
                kept.add(mapped);
            }
        }
        Long total = response.longValue("TotalCount");
        if (total == null) {
            throw response.error("the field TotalCount is missing");
        }
        return paging.page(kept, paging.pageNumber(token), size, records.size(), total);
    }

    /**
     * The one record of a describe by id. An empty list whose {@code TotalCount} says there is a record
     * is a protocol error, not a resource that is gone.
     */
    JsonRecord one(JsonRecord response, String set, String item, String idField, String id, String what) {
        List<JsonRecord> records = response.record(set).records(item);
        Long total = response.longValue("TotalCount");
        if (records.isEmpty() && total != null && total > 0) {
            throw response.error("the field " + set + "." + item + " is empty, but TotalCount says " + total);
        }
        return Lookups.exactlyOne(records, idField, id, what, response.text("RequestId"), errors());
    }

    /**
     * The id a create answered, which must be an id of the resource's form ({@code pc-…}): a missing,
     * empty, numeric or foreign one is a protocol error, never an id to look up.
     */
    static String id(JsonRecord response, String field, String prefix) {
        String id = response.requiredText(field);
        if (!id.startsWith(prefix) || id.length() == prefix.length()) {
            throw response.error("the field " + field + " should be an id " + prefix + "…, but is '" + id + "'");
        }
        return id;
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

    CompletableFuture<JsonRecord> read(String action, RpcParams params) {
        return calls.read(action, params);
    }

    /** A write carrying {@code ClientToken}: the service de-duplicates retries. Sensitive values never reach a log. */
    CompletableFuture<JsonRecord> write(String action, RpcParams params, String clientToken, String... sensitive) {
        return calls.tokenWrite(action, params.put("ClientToken", clientToken), sensitive);
    }

    /** A delete the reference documents no {@code ClientToken} for; "already gone" counts as done. */
    CompletableFuture<Void> delete(String action, RpcParams params) {
        return calls.delete(action, params);
    }

    /** A write the reference documents no {@code ClientToken} for, safe to repeat (a modify). */
    CompletableFuture<JsonRecord> repeatableWrite(String action, RpcParams params, String... sensitive) {
        return calls.repeatableWrite(action, params, sensitive);
    }
}
