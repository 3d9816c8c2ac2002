package io.dclink.provider.alibaba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.DirectConnect;
import io.dclink.auth.Credentials;
import io.dclink.spi.ErrorCategory;
import io.dclink.error.AuthenticationException;
import io.dclink.error.InvalidStateException;
import io.dclink.testkit.alibaba.AlibabaEmulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.KeyRing;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every code of alibaba.md §4.2 and §4.4 (and the per-action ones), with the category and retry decision of §4.5. */
class AlibabaErrorsTest {

    static Stream<Arguments> documentedCodes() {
        return Stream.of(
                // §4.2 gateway
                Arguments.of("Throttling.User", 400, ErrorCategory.THROTTLED, true),
                Arguments.of("Throttling", 400, ErrorCategory.THROTTLED, true),
                Arguments.of("Throttling.Api", 503, ErrorCategory.THROTTLED, true),
                Arguments.of("Rejected.Throttling", 400, ErrorCategory.THROTTLED, true),
                Arguments.of("SignatureNonceUsed", 400, ErrorCategory.AUTHENTICATION, true),
                Arguments.of("InvalidTimeStamp.Expired", 400, ErrorCategory.AUTHENTICATION, false),
                Arguments.of("InvalidTimeStamp.Format", 400, ErrorCategory.AUTHENTICATION, false),
                Arguments.of("SignatureDoesNotMatch", 400, ErrorCategory.AUTHENTICATION, false),
                Arguments.of("InvalidAccessKeyId.NotFound", 404, ErrorCategory.AUTHENTICATION, false),
                Arguments.of("InvalidAccessKeyId.Inactive", 400, ErrorCategory.AUTHENTICATION, false),
                Arguments.of("MissingRegionId", 400, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidApi.NotFound", 404, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidAction.NotFound", 404, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidProduct.NotFound", 404, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("ServiceUnavailable", 503, ErrorCategory.UNAVAILABLE, true),
                Arguments.of("InternalError", 500, ErrorCategory.UNAVAILABLE, true),
                // §4.4 not found
                Arguments.of("InvalidPhysicalConnectionId.NotFound", 404, ErrorCategory.NOT_FOUND, false),
                // a wrong region is a misconfiguration, not a resource that has gone away
                Arguments.of("InvalidRegionId.NotFound", 404, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidFilterKey.ValueNotSupported", 404, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidVbrOwnerId.NotFound", 404, ErrorCategory.NOT_FOUND, false),
                // a VBR route entry's delete: Terraform counts it as done, and so does the plugin's delete
                Arguments.of("InvalidRouteEntry.NotFound", 404, ErrorCategory.NOT_FOUND, false),
                Arguments.of("InvalidRouteEntry.NotFound", 400, ErrorCategory.NOT_FOUND, false),
                // §4.4 wrong state
                Arguments.of("Forbidden.NotAllowedInState", 400, ErrorCategory.INVALID_STATE, false),
                Arguments.of("IncorrectStatus.PhysicalConnection", 400, ErrorCategory.INVALID_STATE, false),
                Arguments.of("IncorrectStatus.PhysicalConnectionLOA", 400, ErrorCategory.INVALID_STATE, false),
                Arguments.of("INSTANCE.STATUS.NOT.ALLOW", 400, ErrorCategory.INVALID_STATE, false),
                Arguments.of("Invalid.Status", 400, ErrorCategory.INVALID_STATE, false),
                Arguments.of("InvalidStatus", 400, ErrorCategory.INVALID_STATE, false),
                Arguments.of("InvalidStatus.NotAllowed", 400, ErrorCategory.INVALID_STATE, false),
                Arguments.of("InvalidStatus.CannotOperate", 400, ErrorCategory.INVALID_STATE, false),
                Arguments.of("InvalidPhysicalConnectionId.NotEnabled", 400, ErrorCategory.INVALID_STATE, false),
                Arguments.of("InvalidRedundantPhysicalConnectionStatus", 400, ErrorCategory.INVALID_STATE, false),
                Arguments.of("InvalidAccessPointId.NotEnabled", 400, ErrorCategory.INVALID_STATE, false),
                // §4.4 dependencies: retried while the dependency goes away
                Arguments.of("Forbidden.VBRExists", 400, ErrorCategory.INVALID_STATE, false),
                Arguments.of("Forbidden.AssociateToVBR", 400, ErrorCategory.INVALID_STATE, false),
                Arguments.of("DependencyViolation.BgpGroup", 400, ErrorCategory.INVALID_STATE, true),
                Arguments.of("DependencyViolation.BgpPeer", 400, ErrorCategory.INVALID_STATE, true),
                // §4.4 quota
                Arguments.of("QuotaExceeded.pConnPerAP", 400, ErrorCategory.QUOTA_EXCEEDED, false),
                Arguments.of("QuotaExceeded.freePconnPerAP", 400, ErrorCategory.QUOTA_EXCEEDED, false),
                Arguments.of("QuotaExceeded.vbrPerpConn", 400, ErrorCategory.QUOTA_EXCEEDED, false),
                Arguments.of("QuotaExceeded.freevbr", 400, ErrorCategory.QUOTA_EXCEEDED, false),
                Arguments.of("QuotaExceeded.Bgp", 400, ErrorCategory.QUOTA_EXCEEDED, false),
                // §4.4 validation
                Arguments.of("InvalidType.Malformd", 400, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidPeerLocation.Malformd", 400, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidLineOperator.Malformd", 400, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidPortType.Malformd", 400, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidPortType.NotFound", 404, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidBandwidth", 400, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidPhysicalConnectionOperator.Malformed", 400, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidPhysicalConnectionPortType.Malformed", 400, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidPhysicalConnectionBandwidth.Malformed", 400, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidCircuitCode.Malformed", 400, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidName.Malformed", 400, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidDescription.Malformed", 400, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("IllegalParam.ClientToken", 400, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidRedundantPhysicalConnectionId.NotFound", 400, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidRedundantPhysicalConnection", 400, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("ResourceNotFound.AccessPointId", 400, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidVlanId.Used", 400, ErrorCategory.INVALID_STATE, false),
                Arguments.of("InvalidVlanId.Malformed", 400, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidIp.NotSameSubnet", 400, ErrorCategory.INVALID_REQUEST, false),
                // §4.4 account prerequisite
                Arguments.of("OperationFailed.PconnTrafficNotEnable", 400, ErrorCategory.OTHER, false),
                // §4.5 conflicts with work in progress
                Arguments.of("TaskConflict", 400, ErrorCategory.INVALID_STATE, true),
                Arguments.of("OperationConflict", 400, ErrorCategory.INVALID_STATE, true),
                Arguments.of("LastTokenProcessing", 400, ErrorCategory.INVALID_STATE, true),
                Arguments.of("OperationFailed.InternalError", 400, ErrorCategory.UNAVAILABLE, true),
                Arguments.of("SystemBusy", 400, ErrorCategory.UNAVAILABLE, true),
                // per-action codes (§1, §3)
                Arguments.of("Forbidden.LocalGatewayIpNotAllowedByCaller", 403, ErrorCategory.PERMISSION_DENIED, false),
                Arguments.of("CROSS_BID.FORBIDDEN", 404, ErrorCategory.PERMISSION_DENIED, false),
                Arguments.of("ALIUID.NOT.ALLOW.WITHOUT.SP", 400, ErrorCategory.PERMISSION_DENIED, false),
                Arguments.of("MissingParam.PMInfo", 400, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("IllegalParam.PmCertificateType", 400, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidConstructionTime.Malformed", 400, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("InvalidParams.PeerIpAddressMustPointOut", 400, ErrorCategory.INVALID_REQUEST, false),
                Arguments.of("BgpPeer.Already.Exists", 400, ErrorCategory.INVALID_STATE, false),
                Arguments.of("IAbs.InvalidStatus.ValueNotSupported", 400, ErrorCategory.INVALID_STATE, false),
                Arguments.of("OperationUnsupported.ResourceGroupId", 400, ErrorCategory.INVALID_REQUEST, false));
    }

    @ParameterizedTest(name = "{0} (HTTP {1}) -> {2}, retried: {3}")
    @MethodSource("documentedCodes")
    void everyDocumentedCodeHasACategoryAndARetryDecision(String code, int status, ErrorCategory category, boolean retried) {
        assertThat(AlibabaErrors.TABLE.classify(code, status).category()).isEqualTo(category);
        assertThat(AlibabaErrors.TABLE.classify(code, status).retryable()).isEqualTo(retried);
    }

    @Test
    void anUndocumentedCodeFallsBackOnItsHttpStatus() {
        assertThat(AlibabaErrors.TABLE.classify("Wholly.New", 500).category()).isEqualTo(ErrorCategory.UNAVAILABLE);
        assertThat(AlibabaErrors.TABLE.classify("Wholly.New", 404).category()).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(AlibabaErrors.TABLE.classify("Wholly.New", 400).category()).isEqualTo(ErrorCategory.INVALID_REQUEST);
        assertThat(AlibabaErrors.TABLE.classify("Wholly.New", 400).retryable()).isFalse();
    }

    @Test
    void realRefusalsBecomeTypedErrorsWithCodeRequestIdAndStatusButNoSecret() {
        try (AlibabaEmulator emulator = new AlibabaEmulator(EmulatorOptions.defaults())) {
            emulator.start();
            String wrongSecret = "wrong-secret-do-not-print";
            try (DirectConnect wrong = DirectConnect.builder().provider("alibaba").region(emulator.region())
                    .credentials(Credentials.accessKey(KeyRing.TEST_KEY_ID, wrongSecret)).endpoint(emulator.baseUri())
                    .clock(emulator.clock()).build();
                    DirectConnect client = DirectConnect.builder().provider("alibaba").region(emulator.region())
                            .credentials(emulator.testCredentials()).endpoint(emulator.baseUri()).clock(emulator.clock())
                            .build()) {
                String line = client.connections().create(AlibabaRequests.line("errors", emulator.selfServiceAccessPoint()))
                        .id();

                assertThatThrownBy(() -> wrong.connections().get(line))
                        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                            assertThat(e.errorCode()).contains("SignatureDoesNotMatch");
                            assertThat(e.httpStatus()).hasValue(400);
                            assertThat(e.requestId()).hasValueSatisfying(id -> assertThat(id).hasSize(36));
                            assertThat(e.getMessage()).doesNotContain(wrongSecret);
                        });
                emulator.operator().approve(line);
                assertThatThrownBy(() -> client.connections().cancel(line))
                        .as("the lifecycle lets a provisioning line be cancelled; Alibaba does not while Allocating")
                        .isInstanceOfSatisfying(InvalidStateException.class, e -> assertThat(e.errorCode())
                                .contains("Forbidden.NotAllowedInState"));
            }
        }
    }
}
