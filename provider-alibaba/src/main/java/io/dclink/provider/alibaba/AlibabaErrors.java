package io.dclink.provider.alibaba;

import static io.dclink.spi.ErrorCategory.AUTHENTICATION;
import static io.dclink.spi.ErrorCategory.INVALID_REQUEST;
import static io.dclink.spi.ErrorCategory.INVALID_STATE;
import static io.dclink.spi.ErrorCategory.NOT_FOUND;
import static io.dclink.spi.ErrorCategory.OTHER;
import static io.dclink.spi.ErrorCategory.PERMISSION_DENIED;
import static io.dclink.spi.ErrorCategory.QUOTA_EXCEEDED;
import static io.dclink.spi.ErrorCategory.THROTTLED;
import static io.dclink.spi.ErrorCategory.UNAVAILABLE;

import io.dclink.spi.ErrorEnvelope;
import io.dclink.spi.ErrorTable;
import java.util.List;
import java.util.Set;

/**
 * Alibaba's error body ({@code Code}, {@code Message}, {@code RequestId} with an HTTP 4xx or 5xx)
 * and codes: exact codes, any code containing {@code Throttling}, code families, and suffixes such
 * as {@code .NotFound}; a code none of them names is judged by its HTTP status.
 */
final class AlibabaErrors {

    /**
     * Errors come with 4xx/5xx; an answer with a 2xx status that still carries a code is that error too
     * (never a success), unless the code is {@code 200}, which an older answer shape uses for success.
     */
    static final ErrorEnvelope ENVELOPE = new ErrorEnvelope(List.of("/Code", "/code"), List.of("/Message", "/message"),
            List.of("/RequestId", "/requestId"), 400, true, Set.of("200"));

    static final ErrorTable TABLE = ErrorTable.builder()
            .exact("SignatureDoesNotMatch", AUTHENTICATION)
            .exact("IncompleteSignature", AUTHENTICATION)
            .exact("SignatureNonceUsed", AUTHENTICATION).retryable().note("a fresh nonce is sent on the retry")
            .exact("InvalidApi.NotFound", INVALID_REQUEST)
            .exact("InvalidAction.NotFound", INVALID_REQUEST)
            .exact("InvalidProduct.NotFound", INVALID_REQUEST)
            .exact("InvalidFilterKey.ValueNotSupported", INVALID_REQUEST)
            .exact("InvalidPortType.NotFound", INVALID_REQUEST)
            .exact("InvalidRedundantPhysicalConnectionId.NotFound", INVALID_REQUEST)
            .exact("ResourceNotFound.AccessPointId", INVALID_REQUEST)
            .exact("InvalidRegionId.NotFound", INVALID_REQUEST)
            .exact("InvalidPrice.NotFound", OTHER)
            .exact("Abs.InstanceNotExist", NOT_FOUND)
            .exact("InvalidRouteEntry.NotFound", NOT_FOUND).note("on a delete it means done, as Terraform treats it")
            .exact("CROSS_BID.FORBIDDEN", PERMISSION_DENIED)
            .exact("ALIUID.NOT.ALLOW.WITHOUT.SP", PERMISSION_DENIED)
            .exact("ACCESS.DEVICE.NOT.ALLOW.WITHOUT.SP", PERMISSION_DENIED)
            .exact("INSTANCE.STATUS.NOT.ALLOW", INVALID_STATE)
            .exact("Invalid.Status", INVALID_STATE)
            .exact("IAbs.InvalidStatus.ValueNotSupported", INVALID_STATE)
            .exact("Forbidden.NotAllowedInState", INVALID_STATE)
            .exact("Forbidden.VBRExists", INVALID_STATE)
            .exact("Forbidden.AssociateToVBR", INVALID_STATE)
            .exact("Forbidden.MultiVlanRi", INVALID_STATE)
            .exact("Forbidden.NoRiFound", INVALID_STATE)
            .exact("InvalidPhysicalConnectionId.NotEnabled", INVALID_STATE)
            .exact("InvalidPhysicalConnectionId.NotMatched", INVALID_REQUEST)
            .exact("InvalidRedundantPhysicalConnectionStatus", INVALID_STATE)
            .exact("InvalidRedundantPhysicalConnection", INVALID_REQUEST)
            .exact("InvalidAccessPointId.NotEnabled", INVALID_STATE)
            .exact("InvalidVlanId.Used", INVALID_STATE)
            .exact("IncorrectRouteEntryStatus", INVALID_STATE)
            .exact("InvalidVBRStatus", INVALID_STATE)
            .exact("OperationUnsupported.SkipConstruction", INVALID_STATE)
            .exact("OperationFailed.NoActiveRouterInterface", INVALID_STATE)
            .exact("OperationFailed.PconnTrafficNotEnable", OTHER)
            .exact("OperationFailed.InternalError", UNAVAILABLE)
            .exact("OperationFailed.DistibuteLock", INVALID_STATE).retryable().note("another operation holds the lock")
            .exact("BgpPeer.Already.Exists", INVALID_STATE)
            .exact("Duplicated.CidrBlock", INVALID_STATE)
            .exact("TaskConflict", INVALID_STATE).retryable().note("work in progress: retried")
            .exact("OperationConflict", INVALID_STATE).retryable().note("work in progress: retried")
            .exact("LastTokenProcessing", INVALID_STATE).retryable().note("the same client token is still being processed")
            .exact("InvalidBandwidth", INVALID_REQUEST)
            .exact("ServiceUnavailable", UNAVAILABLE)
            .exact("InternalError", UNAVAILABLE)
            .exact("SystemBusy", UNAVAILABLE)
            .exact("UnknownError", UNAVAILABLE)
            .containing("Throttling", THROTTLED)
            .prefix("InvalidAccessKeyId", AUTHENTICATION)
            .prefix("InvalidTimeStamp", AUTHENTICATION)
            .prefix("InvalidSecurityToken", AUTHENTICATION)
            .prefix("Forbidden", PERMISSION_DENIED)
            .prefix("IncorrectStatus", INVALID_STATE)
            .prefix("InvalidStatus", INVALID_STATE)
            .prefix("DependencyViolation", INVALID_STATE)
            .prefix("DependencyViolation.", INVALID_STATE).retryable().note("a dependent object is still being deleted")
            .prefix("QuotaExceeded", QUOTA_EXCEEDED)
            .prefix("ResourceNotFound", NOT_FOUND)
            .prefix("Missing", INVALID_REQUEST)
            .prefix("IllegalParam", INVALID_REQUEST)
            .prefix("InvalidParams", INVALID_REQUEST)
            .prefix("InvalidParameter", INVALID_REQUEST)
            .prefix("DuplicatedParam", INVALID_REQUEST)
            .prefix("OperationUnsupport", INVALID_REQUEST)
            .prefix("UnsupportedFeature", INVALID_REQUEST)
            .suffix(".NotFound", NOT_FOUND)
            .suffix(".Malformed", INVALID_REQUEST)
            .suffix(".Malformd", INVALID_REQUEST).note("\"Malformd\" is a real typo in the codes")
            .build();

    private AlibabaErrors() {
    }
}
