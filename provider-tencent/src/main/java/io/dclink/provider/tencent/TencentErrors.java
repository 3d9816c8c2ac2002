package io.dclink.provider.tencent;

import static io.dclink.spi.ErrorCategory.AUTHENTICATION;
import static io.dclink.spi.ErrorCategory.INVALID_REQUEST;
import static io.dclink.spi.ErrorCategory.INVALID_STATE;
import static io.dclink.spi.ErrorCategory.NOT_FOUND;
import static io.dclink.spi.ErrorCategory.OTHER;
import static io.dclink.spi.ErrorCategory.PERMISSION_DENIED;
import static io.dclink.spi.ErrorCategory.PROTOCOL;
import static io.dclink.spi.ErrorCategory.QUOTA_EXCEEDED;
import static io.dclink.spi.ErrorCategory.THROTTLED;
import static io.dclink.spi.ErrorCategory.UNAVAILABLE;

import io.dclink.spi.ErrorEnvelope;
import io.dclink.spi.ErrorTable;
import java.util.List;

/**
 * Tencent's error envelope ({@code Response.Error}, usually with HTTP 200) and codes: the exact
 * codes whose category differs from their family's, then the families ({@code AuthFailure.*}).
 */
final class TencentErrors {

    static final ErrorEnvelope ENVELOPE = new ErrorEnvelope(List.of("/Response/Error/Code"),
            List.of("/Response/Error/Message"), List.of("/Response/RequestId"), 200, true);

    static final ErrorTable TABLE = ErrorTable.builder()
            .exact("AuthFailure.UnauthorizedOperation", PERMISSION_DENIED)
            .exact("UnauthorizedOperation", PERMISSION_DENIED)
            .exact("IpInBlacklist", PERMISSION_DENIED)
            .exact("IpNotInWhitelist", PERMISSION_DENIED)
            .exact("InvalidParameter.DirectConnectIdIsNotUin", NOT_FOUND)
            .exact("InvalidParameter.VlanConflict", INVALID_STATE)
            .exact("InvalidParameterValue.VlanConfLict", INVALID_STATE)
            .exact("UnsupportedOperation.StateConfLict", INVALID_STATE).retryable()
            .note("the resource is transitioning: retried")
            .exact("UnsupportedOperation.CrossBorderDirectConnectTunnel", PERMISSION_DENIED)
            .exact("ResourceUnavailable.InsufficientBalance", OTHER)
            .exact("ResourceInUse", INVALID_STATE).retryable().note("the resource is transitioning: retried")
            .exact("ResourceInUse.DcVpcIsExist", INVALID_STATE).notRetryable()
            .note("the line's VPC already exists: a lasting conflict, not a transition (Terraform's prefix match retries it)")
            .exact("ResponseSizeLimitExceeded", PROTOCOL)
            .exact("RequestSizeLimitExceeded", INVALID_REQUEST)
            .exact("ServiceUnavailable", UNAVAILABLE)
            .exact("InternalError", UNAVAILABLE)
            .exact("ResourceInsufficient", QUOTA_EXCEEDED)
            .exact("DryRunOperation", OTHER)
            .prefix("AuthFailure", AUTHENTICATION)
            .prefix("InvalidParameter", INVALID_REQUEST)
            .prefix("InvalidParameterValue", INVALID_REQUEST)
            .prefix("MissingParameter", INVALID_REQUEST)
            .prefix("UnknownParameter", INVALID_REQUEST)
            .prefix("InvalidAction", INVALID_REQUEST)
            .prefix("InvalidRequest", INVALID_REQUEST)
            .prefix("NoSuchProduct", INVALID_REQUEST)
            .prefix("NoSuchVersion", INVALID_REQUEST)
            .prefix("UnsupportedProtocol", INVALID_REQUEST)
            .prefix("UnsupportedRegion", INVALID_REQUEST)
            .prefix("UnsupportedOperation", INVALID_STATE)
            .prefix("LimitExceeded", QUOTA_EXCEEDED)
            .prefix("RequestLimitExceeded", THROTTLED)
            .prefix("ResourceNotFound", NOT_FOUND)
            .prefix("ResourceInUse", INVALID_STATE)
            .prefix("ResourceUnavailable", UNAVAILABLE)
            .prefix("FailedOperation", OTHER)
            .build();

    private TencentErrors() {
    }
}
