package io.dclink.provider.jdcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.dclink.DirectConnect;
import io.dclink.RetryOptions;
import io.dclink.auth.AccessKeyCredentials;
import io.dclink.auth.Credentials;
import io.dclink.error.AuthenticationException;
import io.dclink.error.DirectConnectException;
import io.dclink.error.QuotaExceededException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.spi.ErrorTable;
import io.dclink.testkit.emulator.EmulatorResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * JD Cloud's error table (reference §3), one status word at a time, in JD's own envelope from the
 * emulator: each becomes the typed error it names, with the word as its code, the request id, the
 * HTTP status and the retry decision. HTTP 429 is a quota or throttling by its word.
 */
class JdCloudErrorsTest extends EmulatedJdCloud {

    private final List<DirectConnect> singles = new ArrayList<>();

    @ParameterizedTest(name = "{0} (HTTP {1}) is {2}, retryable {3}")
    @CsvSource({
        "INVALID_ARGUMENT, 400, InvalidRequestException, false",
        "OUT_OF_RANGE, 400, InvalidRequestException, false",
        "FAILED_PRECONDITION, 400, InvalidStateException, false",
        "UNAUTHENTICATED, 401, AuthenticationException, false",
        "ACCESS_ERROR, 401, AuthenticationException, false",
        "HTTP_FORBIDDEN, 403, PermissionDeniedException, false",
        "NOT_FOUND, 404, ResourceNotFoundException, false",
        "ABORTED, 409, InvalidStateException, true",
        "ALREADY_EXISTS, 409, InvalidStateException, false",
        "QUOTA_EXCEEDED, 429, QuotaExceededException, false",
        "RATE_LIMIT, 429, ThrottledException, true",
        "CANCELLED, 499, ProviderErrorException, false",
        "UNKNOWN, 500, ProviderUnavailableException, true",
        "INTERNAL, 500, ProviderUnavailableException, true",
        "NOT_IMPLEMENTED, 501, ProviderErrorException, false",
        "SOURCE_UNAVAILABLE, 502, ProviderUnavailableException, true",
        "UNAVAILABLE, 503, ProviderUnavailableException, true",
        "SOMETHING_NEW, 418, InvalidRequestException, false"
    })
    void eachStatusWordBecomesItsTypedError(String word, int status, String type, boolean retryable) {
        emulator.faults().providerError("describeConnections", word, status, 1);

        Throwable thrown = catchThrowable(() -> once().connections().list().stream().count());

        assertThat(thrown).isInstanceOf(DirectConnectException.class);
        DirectConnectException error = (DirectConnectException) thrown;
        assertThat(error.getClass().getSimpleName()).isEqualTo(type);
        assertThat(error.errorCode()).contains(word);
        assertThat(error.isRetryable()).isEqualTo(retryable);
        assertThat(error.requestId()).hasValueSatisfying(id -> assertThat(id).matches("[a-z0-9]{32}"));
        assertThat(error.httpStatus()).hasValue(status);
        assertThat(emulator.requests().count("describeConnections")).isEqualTo(1);
    }

    @Test
    void everyRowOfTheTableIsCoveredAbove() {
        assertThat(JdCloudErrors.TABLE.rules()).extracting(ErrorTable.Rule::pattern).containsExactlyInAnyOrder(
                "INVALID_ARGUMENT", "OUT_OF_RANGE", "FAILED_PRECONDITION", "UNAUTHENTICATED", "ACCESS_ERROR",
                "HTTP_FORBIDDEN", "NOT_FOUND", "ABORTED", "ALREADY_EXISTS", "QUOTA_EXCEEDED", "RATE_LIMIT", "CANCELLED",
                "UNKNOWN", "INTERNAL", "NOT_IMPLEMENTED", "SOURCE_UNAVAILABLE", "UNAVAILABLE");
    }

    @Test
    void theRealSignatureErrorOfTheWildIsAnAuthenticationError() throws IOException {
        byte[] sample = sample("error-401-signature.json");
        emulator.faults().rewrite("describeConnections", (request, answer) -> new EmulatorResponse(401,
                Map.of("Content-Type", "application/json"), sample), 1);

        assertThatThrownBy(() -> once().connections().list().stream().count())
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.errorCode()).contains("ACCESS_ERROR");
                    assertThat(e.requestId()).contains("ce6ttm6ir2hu3mutbkdpr7j3iecwh77q");
                    assertThat(e.getMessage()).contains("sign result is not same [gw]");
                });
    }

    @Test
    void theNotFoundSampleOfAVifIsResourceNotFound() throws IOException {
        byte[] sample = sample("error-404-not-found.json");
        emulator.faults().rewrite("describePrivateVif", (request, answer) -> new EmulatorResponse(404,
                Map.of("Content-Type", "application/json"), sample), 1);

        assertThatThrownBy(() -> client.virtualInterfaces().get("pvif-0000000000"))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(e.errorCode()).contains("NOT_FOUND"));
    }

    @Test
    void anErrorWithoutABodyKeepsItsRequestIdFromTheHeader() {
        emulator.faults().corrupt(io.dclink.testkit.emulator.Faults.ANY, io.dclink.testkit.emulator.FaultKind.EMPTY_BODY, 1);

        assertThatThrownBy(() -> client.virtualInterfaces().get("pvif-0000000000"))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.requestId()).get().asString().isNotBlank();
                    assertThat(e.getMessage()).contains("HTTP 404");
                });
    }

    @Test
    void throttlingIsRetriedAndAQuotaIsNot() {
        emulator.faults().throttle("describeConnections", 2);
        client.connections().list().stream().count();
        assertThat(emulator.requests().count("describeConnections")).isEqualTo(3);

        emulator.requests().clear();
        emulator.faults().providerError("createConnection", "QUOTA_EXCEEDED", 429, 1);
        assertThatThrownBy(() -> client.connections().create(JdRequests.line("over-quota")))
                .isInstanceOf(QuotaExceededException.class);
        assertThat(emulator.requests().count("createConnection")).isEqualTo(1);
    }

    @Test
    void aWrongSecretAndAnUnknownKeyAreRefusedWithJdsOwnWords() {
        try (DirectConnect wrong = builder(Credentials.accessKey("UNKNOWNKEY0000000001", "wrong")).build()) {
            assertThatThrownBy(() -> wrong.connections().list().stream().count())
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.errorCode()).contains("UNAUTHENTICATED"));
        }
        String key = ((AccessKeyCredentials) emulator.testCredentials()).accessKeyId();
        try (DirectConnect wrong = builder(Credentials.accessKey(key, "not-the-secret")).build()) {
            assertThatThrownBy(() -> wrong.connections().list().stream().count())
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.errorCode()).contains("ACCESS_ERROR"));
        }
    }

    /** A client that never retries, closed after the test. */
    private DirectConnect once() {
        DirectConnect single = builder(emulator.testCredentials()).retry(RetryOptions.disabled()).build();
        singles.add(single);
        return single;
    }

    @AfterEach
    void closeSingles() {
        singles.forEach(DirectConnect::close);
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = JdCloudErrorsTest.class.getResourceAsStream("/samples/jdcloud/" + name)) {
            return in.readAllBytes();
        }
    }
}
