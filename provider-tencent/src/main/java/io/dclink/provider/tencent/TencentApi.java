package io.dclink.provider.tencent;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.auth.AccessKeyCredentials;
import io.dclink.error.ErrorContext;
import io.dclink.kit.call.Calls;
import io.dclink.kit.call.Lookups;
import io.dclink.kit.http.TableClassifier;
import io.dclink.kit.json.Json;
import io.dclink.kit.json.JsonRecord;
import io.dclink.kit.paging.OffsetPaging;
import io.dclink.model.Resource;
import io.dclink.spi.HttpCall;
import io.dclink.spi.Page;
import io.dclink.spi.ProviderContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Tencent's API 3.0: JSON POST to {@code /}, TC3-signed, the answer's {@code Response}; actions of
 * the {@code dc} service, for DC gateways the {@code vpc} service, and for the tags of DC gateways
 * the {@code tag} service; Offset/Limit paging.
 */
final class TencentApi {

    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    static final int LIMIT = 100;
    private static final TableClassifier ERRORS = new TableClassifier(TencentErrors.TABLE, TencentErrors.ENVELOPE);

    private final ProviderContext context;
    private final Calls<ObjectNode> dc;
    private final Calls<ObjectNode> vpc;
    private final Calls<ObjectNode> tag;
    private final OffsetPaging paging;

    TencentApi(ProviderContext context) {
        this.context = context;
        Supplier<AccessKeyCredentials> credentials = () -> (AccessKeyCredentials) context.credentials();
        boolean signAction = Boolean.parseBoolean(context.properties().getOrDefault(TencentProvider.SIGN_ACTION, "false"));
        this.dc = service(context, "dc", "2018-04-10", new Tc3Signer("dc", credentials, signAction));
        this.vpc = service(context, "vpc", "2017-03-12", new Tc3Signer("vpc", credentials, signAction));
        this.tag = service(context, "tag", "2018-08-13", new Tc3Signer("tag", credentials, signAction));
        this.paging = new OffsetPaging(LIMIT, ErrorContext.of(TencentProvider.ID));
    }

    private static Calls<ObjectNode> service(ProviderContext context, String service, String version, Tc3Signer signer) {
        URI endpoint = context.endpointOverride().orElse(URI.create("https://" + service + ".tencentcloudapi.com"));
        return new Calls<>(context, TencentProvider.ID, (action, params) -> HttpCall.builder(action, "POST", endpoint.resolve("/"))
                .header("Content-Type", CONTENT_TYPE)
                .header("X-TC-Action", action)
                .header("X-TC-Version", version)
                // UNVERIFIED: whether DC needs X-TC-Region; it is always sent.
                .header("X-TC-Region", context.region())
                .header("X-TC-Language", "en-US")
                .body(Json.bytes(params))
                .signer(signer)
                .classifier(ERRORS),
                TencentApi::payload);
    }

    /**
     * The answer's {@code Response}, which always carries its {@code RequestId} once the request reached
     * the service: an answer without one (an empty object, another shape) is a protocol error, never an
     * answer that holds nothing.
     */
    private static JsonRecord payload(JsonRecord answer) {
        JsonRecord response = answer.record("Response");
        if (response.text("RequestId") == null) {
            throw answer.error("the answer has no Response.RequestId");
        }
        return response;
    }

    /** The Direct Connect service. */
    Calls<ObjectNode> dc() {
        return dc;
    }

    /** The VPC service, where DC gateways are. */
    Calls<ObjectNode> vpc() {
        return vpc;
    }

    /** The tag service, which alone knows a DC gateway's tags. */
    Calls<ObjectNode> tag() {
        return tag;
    }

    String region() {
        return context.region();
    }

    ErrorContext errors() {
        return dc.errors();
    }

    ObjectNode params() {
        return Json.object();
    }

    /** Parameters of one page: {@code Offset} from the token, {@code Limit}. */
    ObjectNode window(String token) {
        return params().put("Offset", paging.offset(token)).put("Limit", LIMIT);
    }

    /**
     * A page of a describe answer's set, with the next offset unless it reached {@code TotalCount}. A
     * page that holds more records than the limit asked for, or one record twice, is a protocol error
     * (the next offset would skip a record).
     */
    <T> Page<T> page(JsonRecord response, String setField, String token, Function<JsonRecord, T> mapping,
            Predicate<T> keep) {
        List<JsonRecord> set = response.records(setField);
        if (set.size() > LIMIT) {
            throw response.error("the field " + setField + " holds " + set.size() + " records, more than the limit of "
                    + LIMIT + " asked for");
        }
        List<T> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonRecord record : set) {
            T item = mapping.apply(record);
            if (item instanceof Resource resource && !ids.add(resource.id())) {
                throw response.error("the field " + setField + " lists " + resource.id() + " twice on one page");
            }
            if (keep.test(item)) {
                items.add(item);
            }
        }
        Long total = response.longValue("TotalCount");
        if (total == null) {
            throw response.error("the field TotalCount is missing");
        }
        return paging.page(items, paging.offset(token), set.size(), total);
    }

    /**
     * The one record of a describe by id. An empty set whose {@code TotalCount} says there is a record
     * is a protocol error, not a resource that is gone.
     */
    JsonRecord one(JsonRecord response, String setField, String idField, String id, String what) {
        List<JsonRecord> records = response.records(setField);
        Long total = response.longValue("TotalCount");
        if (records.isEmpty() && total != null && total > 0) {
            throw response.error("the field " + setField + " is empty, but TotalCount says " + total);
        }
        return Lookups.exactlyOne(records, idField, id, what, response.text("RequestId"), errors());
    }

    /**
     * The id a create answered in its id set, which must hold exactly one id of the resource's form
     * ({@code dc-…}); anything else (none, several, empty, a number) is a protocol error, never an id
     * to look up.
     */
    static String createdId(JsonRecord response, String setField, String prefix) {
        List<String> ids = response.texts(setField);
        if (ids.size() != 1) {
            throw response.error("the field " + setField + " should hold the one id created, but holds " + ids.size());
        }
        return checkedId(response, setField, ids.get(0), prefix);
    }

    /** A record's id field, which must be an id of the resource's form. */
    static String id(JsonRecord record, String field, String prefix) {
        return checkedId(record, field, record.requiredText(field), prefix);
    }

    private static String checkedId(JsonRecord record, String field, String id, String prefix) {
        if (!id.startsWith(prefix) || id.length() == prefix.length()) {
            throw record.error("the field " + field + " should be an id " + prefix + "…, but is '" + id + "'");
        }
        return id;
    }

    static void filter(ArrayNode filters, String name, List<String> values) {
        ObjectNode filter = filters.addObject().put("Name", name);
        values.forEach(filter.putArray("Values")::add);
    }

    static void putIfPresent(ObjectNode params, String field, String value) {
        if (value != null) {
            params.put(field, value);
        }
    }
}
