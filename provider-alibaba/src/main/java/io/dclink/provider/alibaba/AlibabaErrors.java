package io.dclink.provider.alibaba;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dclink.core.http.ErrorCategory;
import io.dclink.core.http.ProviderErrors;
import io.dclink.error.DirectConnectException;
import io.dclink.spi.HttpResult;
import io.dclink.spi.ResponseClassifier;
import io.dclink.spi.ResponseContext;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Alibaba's error body ({@code Code}, {@code Message}, {@code RequestId} with an HTTP 4xx or 5xx)
 * mapped to typed errors: exact codes first, then the code's prefix before the first dot, then its
 * suffix, then the HTTP status.
 */
final class AlibabaErrors implements ResponseClassifier {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Codes whose category differs from their prefix's or suffix's. */
    private static final Map<String, ErrorCategory> EXACT = Map.ofEntries(
            Map.entry("SignatureDoesNotMatch", ErrorCategory.AUTHENTICATION),
            Map.entry("IncompleteSignature", ErrorCategory.AUTHENTICATION),
            Map.entry("SignatureNonceUsed", ErrorCategory.AUTHENTICATION),
            Map.entry("InvalidApi.NotFound", ErrorCategory.INVALID_REQUEST),
            Map.entry("InvalidAction.NotFound", ErrorCategory.INVALID_REQUEST),
            Map.entry("InvalidProduct.NotFound", ErrorCategory.INVALID_REQUEST),
            Map.entry("InvalidFilterKey.ValueNotSupported", ErrorCategory.INVALID_REQUEST),
            Map.entry("InvalidPortType.NotFound", ErrorCategory.INVALID_REQUEST),
            Map.entry("InvalidRedundantPhysicalConnectionId.NotFound", ErrorCategory.INVALID_REQUEST),
            Map.entry("ResourceNotFound.AccessPointId", ErrorCategory.INVALID_REQUEST),
            Map.entry("InvalidRegionId.NotFound", ErrorCategory.INVALID_REQUEST),
            Map.entry("InvalidPrice.NotFound", ErrorCategory.OTHER),
            Map.entry("Abs.InstanceNotExist", ErrorCategory.NOT_FOUND),
            Map.entry("CROSS_BID.FORBIDDEN", ErrorCategory.PERMISSION_DENIED),
            Map.entry("ALIUID.NOT.ALLOW.WITHOUT.SP", ErrorCategory.PERMISSION_DENIED),
            Map.entry("ACCESS.DEVICE.NOT.ALLOW.WITHOUT.SP", ErrorCategory.PERMISSION_DENIED),
            Map.entry("INSTANCE.STATUS.NOT.ALLOW", ErrorCategory.INVALID_STATE),
            Map.entry("Invalid.Status", ErrorCategory.INVALID_STATE),
            Map.entry("IAbs.InvalidStatus.ValueNotSupported", ErrorCategory.INVALID_STATE),
            Map.entry("Forbidden.NotAllowedInState", ErrorCategory.INVALID_STATE),
            Map.entry("Forbidden.VBRExists", ErrorCategory.INVALID_STATE),
            Map.entry("Forbidden.AssociateToVBR", ErrorCategory.INVALID_STATE),
            Map.entry("Forbidden.MultiVlanRi", ErrorCategory.INVALID_STATE),
            Map.entry("Forbidden.NoRiFound", ErrorCategory.INVALID_STATE),
            Map.entry("InvalidPhysicalConnectionId.NotEnabled", ErrorCategory.INVALID_STATE),
            Map.entry("InvalidPhysicalConnectionId.NotMatched", ErrorCategory.INVALID_REQUEST),
            Map.entry("InvalidRedundantPhysicalConnectionStatus", ErrorCategory.INVALID_STATE),
            Map.entry("InvalidRedundantPhysicalConnection", ErrorCategory.INVALID_REQUEST),
            Map.entry("InvalidAccessPointId.NotEnabled", ErrorCategory.INVALID_STATE),
            Map.entry("InvalidVlanId.Used", ErrorCategory.INVALID_STATE),
            Map.entry("IncorrectRouteEntryStatus", ErrorCategory.INVALID_STATE),
            Map.entry("InvalidVBRStatus", ErrorCategory.INVALID_STATE),
            Map.entry("OperationUnsupported.SkipConstruction", ErrorCategory.INVALID_STATE),
            Map.entry("OperationFailed.NoActiveRouterInterface", ErrorCategory.INVALID_STATE),
            Map.entry("OperationFailed.PconnTrafficNotEnable", ErrorCategory.OTHER),
            Map.entry("OperationFailed.InternalError", ErrorCategory.UNAVAILABLE),
            Map.entry("OperationFailed.DistibuteLock", ErrorCategory.INVALID_STATE),
            Map.entry("BgpPeer.Already.Exists", ErrorCategory.INVALID_STATE),
            Map.entry("Duplicated.CidrBlock", ErrorCategory.INVALID_STATE),
            Map.entry("TaskConflict", ErrorCategory.INVALID_STATE),
            Map.entry("OperationConflict", ErrorCategory.INVALID_STATE),
            Map.entry("LastTokenProcessing", ErrorCategory.INVALID_STATE),
            Map.entry("InvalidBandwidth", ErrorCategory.INVALID_REQUEST),
            Map.entry("ServiceUnavailable", ErrorCategory.UNAVAILABLE),
            Map.entry("InternalError", ErrorCategory.UNAVAILABLE),
            Map.entry("SystemBusy", ErrorCategory.UNAVAILABLE),
            Map.entry("UnknownError", ErrorCategory.UNAVAILABLE));

    private static final Map<String, ErrorCategory> BY_PREFIX = Map.ofEntries(
            Map.entry("InvalidAccessKeyId", ErrorCategory.AUTHENTICATION),
            Map.entry("InvalidTimeStamp", ErrorCategory.AUTHENTICATION),
            Map.entry("InvalidSecurityToken", ErrorCategory.AUTHENTICATION),
            Map.entry("Forbidden", ErrorCategory.PERMISSION_DENIED),
            Map.entry("IncorrectStatus", ErrorCategory.INVALID_STATE),
            Map.entry("InvalidStatus", ErrorCategory.INVALID_STATE),
            Map.entry("DependencyViolation", ErrorCategory.INVALID_STATE),
            Map.entry("QuotaExceeded", ErrorCategory.QUOTA_EXCEEDED),
            Map.entry("ResourceNotFound", ErrorCategory.NOT_FOUND),
            Map.entry("MissingParam", ErrorCategory.INVALID_REQUEST),
            Map.entry("MissingParameter", ErrorCategory.INVALID_REQUEST),
            Map.entry("IllegalParam", ErrorCategory.INVALID_REQUEST),
            Map.entry("IllegalParamFormat", ErrorCategory.INVALID_REQUEST),
            Map.entry("InvalidParams", ErrorCategory.INVALID_REQUEST),
            Map.entry("InvalidParameter", ErrorCategory.INVALID_REQUEST),
            Map.entry("DuplicatedParam", ErrorCategory.INVALID_REQUEST),
            Map.entry("OperationUnsupported", ErrorCategory.INVALID_REQUEST),
            Map.entry("OperationUnsupport", ErrorCategory.INVALID_REQUEST),
            Map.entry("UnsupportedFeature", ErrorCategory.INVALID_REQUEST));

    /** Retried although their category is not: conflicts with work in progress (reference §4.5). */
    private static final Set<String> RETRY_LATER = Set.of("TaskConflict", "OperationConflict", "LastTokenProcessing",
            "OperationFailed.DistibuteLock", "SignatureNonceUsed");

    static ErrorCategory category(String code, int status) {
        ErrorCategory exact = EXACT.get(code);
        if (exact != null) {
            return exact;
        }
        if (code.contains("Throttling")) {
            return ErrorCategory.THROTTLED;
        }
        int dot = code.indexOf('.');
        ErrorCategory byPrefix = BY_PREFIX.get(dot < 0 ? code : code.substring(0, dot));
        if (byPrefix != null) {
            return byPrefix;
        }
        if (code.startsWith("Missing")) {
            return ErrorCategory.INVALID_REQUEST;
        }
        if (code.endsWith(".NotFound")) {
            return ErrorCategory.NOT_FOUND;
        }
        if (code.endsWith(".Malformed") || code.endsWith(".Malformd")) {
            return ErrorCategory.INVALID_REQUEST;
        }
        return byStatus(status);
    }

    static boolean retryable(String code, int status) {
        return RETRY_LATER.contains(code) || code.startsWith("DependencyViolation.")
                || category(code, status).retryableByDefault();
    }

    private static ErrorCategory byStatus(int status) {
        if (status >= 500) {
            return ErrorCategory.UNAVAILABLE;
        }
        return switch (status) {
            case 403 -> ErrorCategory.PERMISSION_DENIED;
            case 404 -> ErrorCategory.NOT_FOUND;
            case 400 -> ErrorCategory.INVALID_REQUEST;
            default -> ErrorCategory.OTHER;
        };
    }

    @Override
    public Optional<DirectConnectException> classify(HttpResult result, ResponseContext response) {
        if (result.statusCode() < 400) {
            return Optional.empty();
        }
        JsonNode body;
        try {
            body = JSON.readTree(result.body());
        } catch (IOException e) {
            return Optional.empty();
        }
        String code = first(body, "Code", "code");
        if (body == null || code == null) {
            return Optional.empty();
        }
        int status = result.statusCode();
        return Optional.of(ProviderErrors.of(category(code, status), retryable(code, status), code,
                first(body, "RequestId", "requestId"), first(body, "Message", "message"), response));
    }

    private static String first(JsonNode body, String name, String lowerName) {
        if (body == null) {
            return null;
        }
        JsonNode value = body.hasNonNull(name) ? body.get(name) : body.get(lowerName);
        return value == null || value.isNull() ? null : value.asText();
    }
}
