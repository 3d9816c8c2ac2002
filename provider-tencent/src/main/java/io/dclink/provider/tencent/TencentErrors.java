package io.dclink.provider.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.core.http.ErrorCategory;
import io.dclink.core.http.ProviderErrors;
import io.dclink.core.json.Json;
import io.dclink.error.DirectConnectException;
import io.dclink.spi.HttpResult;
import io.dclink.spi.ResponseClassifier;
import io.dclink.spi.ResponseContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tencent's error envelope ({@code Response.Error}, usually with HTTP 200) mapped to typed errors.
 * Exact codes are looked up first, then the code's prefix before the first dot.
 */
final class TencentErrors implements ResponseClassifier {

    /** Codes whose category differs from their prefix's, or that have no dotted prefix. */
    private static final Map<String, ErrorCategory> EXACT = Map.ofEntries(
            Map.entry("AuthFailure.UnauthorizedOperation", ErrorCategory.PERMISSION_DENIED),
            Map.entry("UnauthorizedOperation", ErrorCategory.PERMISSION_DENIED),
            Map.entry("IpInBlacklist", ErrorCategory.PERMISSION_DENIED),
            Map.entry("IpNotInWhitelist", ErrorCategory.PERMISSION_DENIED),
            Map.entry("InvalidParameter.DirectConnectIdIsNotUin", ErrorCategory.NOT_FOUND),
            Map.entry("InvalidParameter.VlanConflict", ErrorCategory.INVALID_STATE),
            Map.entry("InvalidParameterValue.VlanConfLict", ErrorCategory.INVALID_STATE),
            Map.entry("UnsupportedOperation.StateConfLict", ErrorCategory.INVALID_STATE),
            Map.entry("UnsupportedOperation.CrossBorderDirectConnectTunnel", ErrorCategory.PERMISSION_DENIED),
            Map.entry("ResourceUnavailable.InsufficientBalance", ErrorCategory.OTHER),
            Map.entry("ResponseSizeLimitExceeded", ErrorCategory.PROTOCOL),
            Map.entry("RequestSizeLimitExceeded", ErrorCategory.INVALID_REQUEST),
            Map.entry("ServiceUnavailable", ErrorCategory.UNAVAILABLE),
            Map.entry("InternalError", ErrorCategory.UNAVAILABLE),
            Map.entry("ResourceInsufficient", ErrorCategory.QUOTA_EXCEEDED),
            Map.entry("DryRunOperation", ErrorCategory.OTHER),
            Map.entry("FailedOperation", ErrorCategory.OTHER));

    private static final Map<String, ErrorCategory> BY_PREFIX = Map.ofEntries(
            Map.entry("AuthFailure", ErrorCategory.AUTHENTICATION),
            Map.entry("InvalidParameter", ErrorCategory.INVALID_REQUEST),
            Map.entry("InvalidParameterValue", ErrorCategory.INVALID_REQUEST),
            Map.entry("MissingParameter", ErrorCategory.INVALID_REQUEST),
            Map.entry("UnknownParameter", ErrorCategory.INVALID_REQUEST),
            Map.entry("InvalidAction", ErrorCategory.INVALID_REQUEST),
            Map.entry("InvalidRequest", ErrorCategory.INVALID_REQUEST),
            Map.entry("NoSuchProduct", ErrorCategory.INVALID_REQUEST),
            Map.entry("NoSuchVersion", ErrorCategory.INVALID_REQUEST),
            Map.entry("UnsupportedProtocol", ErrorCategory.INVALID_REQUEST),
            Map.entry("UnsupportedRegion", ErrorCategory.INVALID_REQUEST),
            Map.entry("UnsupportedOperation", ErrorCategory.INVALID_STATE),
            Map.entry("LimitExceeded", ErrorCategory.QUOTA_EXCEEDED),
            Map.entry("RequestLimitExceeded", ErrorCategory.THROTTLED),
            Map.entry("ResourceNotFound", ErrorCategory.NOT_FOUND),
            Map.entry("ResourceInUse", ErrorCategory.INVALID_STATE),
            Map.entry("ResourceUnavailable", ErrorCategory.UNAVAILABLE),
            Map.entry("FailedOperation", ErrorCategory.OTHER));

    /** Retried although their category is not: the resource is transitioning (reference §3.4). */
    private static final Set<String> RETRY_WHILE_TRANSITIONING =
            Set.of("UnsupportedOperation.StateConfLict", "ResourceInUse", "ResourceInUse.DcVpcIsExist");

    static ErrorCategory category(String code) {
        ErrorCategory exact = EXACT.get(code);
        if (exact != null) {
            return exact;
        }
        int dot = code.indexOf('.');
        return BY_PREFIX.getOrDefault(dot < 0 ? code : code.substring(0, dot), ErrorCategory.OTHER);
    }

    static boolean retryable(String code) {
        return RETRY_WHILE_TRANSITIONING.contains(code) || category(code).retryableByDefault();
    }

    @Override
    public Optional<DirectConnectException> classify(HttpResult result, ResponseContext response) {
        if (result.statusCode() != 200) {
            return Optional.empty();
        }
        JsonNode envelope = Json.tree(result.body(), "the " + response.operation() + " response", response.errorContext());
        JsonNode error = envelope.path("Response").path("Error");
        if (error.isMissingNode()) {
            return Optional.empty();
        }
        String code = error.path("Code").asText("");
        return Optional.of(ProviderErrors.of(category(code), retryable(code), code,
                envelope.path("Response").path("RequestId").asText(null), error.path("Message").asText(null), response));
    }
}
