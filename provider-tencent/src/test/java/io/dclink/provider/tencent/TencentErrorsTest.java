package io.dclink.provider.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.DirectConnect;
import io.dclink.auth.Credentials;
import io.dclink.spi.ErrorCategory;
import io.dclink.error.AuthenticationException;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.KeyRing;
import io.dclink.testkit.tencent.TencentEmulator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every code of tencent.md §3.2 and §3.3, with the category and retry decision §3.4 recommends. */
class TencentErrorsTest {

    static Stream<Arguments> documentedCodes() {
        return Stream.of(
                // §3.2 authentication
                Arguments.of("AuthFailure.InvalidAuthorization", ErrorCategory.AUTHENTICATION, false),
                Arguments.of("AuthFailure.InvalidSecretId", ErrorCategory.AUTHENTICATION, false),
                Arguments.of("AuthFailure.MFAFailure", ErrorCategory.AUTHENTICATION, false),
                Arguments.of("AuthFailure.SecretIdNotFound", ErrorCategory.AUTHENTICATION, false),
                Arguments.of("AuthFailure.SignatureExpire", ErrorCategory.AUTHENTICATION, false),
                Arguments.of("AuthFailure.SignatureFailure", ErrorCategory.AUTHENTICATION, false),
                Arguments.of("AuthFailure.TokenFailure", ErrorCategory.AUTHENTICATION, false),
                Arguments.of("AuthFailure.UnauthorizedOperation", ErrorCategory.PERMISSION_DENIED, false),
                // §3.2 request / API
                Arguments.of("DryRunOperation", ErrorCategory.OTHER, false),
                Arguments.of("FailedOperation", ErrorCategory.OTHER, false),
                Arguments.of("InternalError", ErrorCategory.UNAVAILABLE, true),
                Arguments.of("InvalidAction", ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidParameter", ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidParameterValue", ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidRequest", ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("MissingParameter", ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("UnknownParameter", ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("NoSuchProduct", ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("NoSuchVersion", ErrorCategory.INVALID_REQUEST, false),
                // §3.2 access control
                Arguments.of("IpInBlacklist", ErrorCategory.PERMISSION_DENIED, false),
                Arguments.of("IpNotInWhitelist", ErrorCategory.PERMISSION_DENIED, false),
                Arguments.of("UnauthorizedOperation", ErrorCategory.PERMISSION_DENIED, false),
                // §3.2 limits
                Arguments.of("LimitExceeded", ErrorCategory.QUOTA_EXCEEDED, false),
                Arguments.of("RequestLimitExceeded", ErrorCategory.THROTTLED, true),
                Arguments.of("RequestLimitExceeded.GlobalRegionUinLimitExceeded", ErrorCategory.THROTTLED, true),
                Arguments.of("RequestLimitExceeded.IPLimitExceeded", ErrorCategory.THROTTLED, true),
                Arguments.of("RequestLimitExceeded.UinLimitExceeded", ErrorCategory.THROTTLED, true),
                Arguments.of("RequestSizeLimitExceeded", ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("ResponseSizeLimitExceeded", ErrorCategory.PROTOCOL, false),
                // §3.2 resources
                Arguments.of("ResourceInUse", ErrorCategory.INVALID_STATE, true),
                Arguments.of("ResourceInsufficient", ErrorCategory.QUOTA_EXCEEDED, false),
                Arguments.of("ResourceNotFound", ErrorCategory.NOT_FOUND, false),
                Arguments.of("ResourceUnavailable", ErrorCategory.UNAVAILABLE, true),
                // §3.2 service / protocol
                Arguments.of("ServiceUnavailable", ErrorCategory.UNAVAILABLE, true),
                Arguments.of("UnsupportedOperation", ErrorCategory.INVALID_STATE, false),
                Arguments.of("UnsupportedProtocol", ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("UnsupportedRegion", ErrorCategory.INVALID_REQUEST, false),
                // §3.3 DC-specific
                Arguments.of("AuthFailure", ErrorCategory.AUTHENTICATION, false),
                Arguments.of("InvalidParameter.AddressError", ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidParameter.DirectConnectIdIsNotUin", ErrorCategory.NOT_FOUND, false),
                Arguments.of("InvalidParameter.UinIsNotExist", ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidParameter.VlanConflict", ErrorCategory.INVALID_STATE, false),
                Arguments.of("InvalidParameterValue.VlanConfLict", ErrorCategory.INVALID_STATE, false),
                Arguments.of("LimitExceeded.DirectConnectLimitExceeded", ErrorCategory.QUOTA_EXCEEDED, false),
                Arguments.of("LimitExceeded.DirectConnectTunnelLimitExceeded", ErrorCategory.QUOTA_EXCEEDED, false),
                Arguments.of("ResourceInUse.DcVpcIsExist", ErrorCategory.INVALID_STATE, false),
                Arguments.of("ResourceNotFound.DirectConnectTunnelIdIsNotExist", ErrorCategory.NOT_FOUND, false),
                Arguments.of("ResourceUnavailable.InsufficientBalance", ErrorCategory.OTHER, false),
                Arguments.of("UnsupportedOperation.CrossBorderDirectConnectTunnel", ErrorCategory.PERMISSION_DENIED, false),
                Arguments.of("UnsupportedOperation.StateConfLict", ErrorCategory.INVALID_STATE, true));
    }

    @ParameterizedTest(name = "{0} -> {1}, retried: {2}")
    @MethodSource("documentedCodes")
    void everyDocumentedCodeHasACategoryAndARetryDecision(String code, ErrorCategory category, boolean retried) {
        assertThat(TencentErrors.TABLE.classify(code, 200).category()).isEqualTo(category);
        assertThat(TencentErrors.TABLE.classify(code, 200).retryable()).isEqualTo(retried);
    }

    @Test
    void anUndocumentedCodeIsAGenericProviderErrorAndNotRetried() {
        assertThat(TencentErrors.TABLE.classify("Wholly.NewCode", 200).category()).isEqualTo(ErrorCategory.OTHER);
        assertThat(TencentErrors.TABLE.classify("Wholly.NewCode", 200).retryable()).isFalse();
    }

    @Test
    void theEnvelopeOfARealRefusalBecomesATypedErrorWithCodeAndRequestIdButNoSecret() {
        try (TencentEmulator emulator = new TencentEmulator(EmulatorOptions.defaults())) {
            emulator.start();
            String wrongSecret = "wrong-secret-do-not-print";
            try (DirectConnect client = DirectConnect.builder().provider("tencent").region(emulator.region())
                    .credentials(Credentials.accessKey(KeyRing.TEST_KEY_ID, wrongSecret)).endpoint(emulator.baseUri())
                    .clock(emulator.clock()).build()) {

                assertThatThrownBy(() -> client.connections().list().stream().toList())
                        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                            assertThat(e.errorCode()).contains("AuthFailure.SignatureFailure");
                            assertThat(e.requestId()).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
                            assertThat(e.getMessage()).doesNotContain(wrongSecret);
                        });
                assertThat(emulator.requests().count("DescribeDirectConnects")).isEqualTo(1);
            }
        }
    }
}
