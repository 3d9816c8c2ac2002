package io.dclink.provider.consoleconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.dclink.DirectConnect;
import io.dclink.RetryOptions;
import io.dclink.auth.Credentials;
import io.dclink.error.AuthenticationException;
import io.dclink.error.DirectConnectException;
import io.dclink.error.InvalidRequestException;
import io.dclink.kit.json.Json;
import io.dclink.lifecycle.ResourceType;
import io.dclink.spi.ErrorTable;
import io.dclink.testkit.emulator.EmulatorResponse;
import io.dclink.testkit.emulator.KeyRing;
import io.dclink.testkit.logging.LogCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Console Connect's LoopBack envelope carries the status as its only code and no request id: each
 * status of the error table, one at a time in that envelope from the emulator, becomes the typed
 * error the table names, with the status as its code and the table's retry decision; a refused key
 * says what Console Connect takes; the key never appears in an error or a log.
 */
class ConsoleConnectErrorsTest extends EmulatedConsoleConnect {

    private final List<DirectConnect> singles = new ArrayList<>();

    @ParameterizedTest(name = "HTTP {0} is {1}, retryable {2}")
    @CsvSource({
        "400, InvalidRequestException, false",
        "401, AuthenticationException, false",
        "404, ResourceNotFoundException, false",
        "429, ThrottledException, true",
        "500, ProviderUnavailableException, true",
        "502, ProviderUnavailableException, true",
        "503, ProviderUnavailableException, true",
        "504, ProviderUnavailableException, true",
        "403, PermissionDeniedException, false",
        "409, InvalidStateException, false",
        "418, InvalidRequestException, false"
    })
    void eachStatusBecomesItsTypedError(int status, String type, boolean retryable) {
        emulator.faults().providerError("listPorts", "refused by the emulator", status, 1);

        Throwable thrown = catchThrowable(() -> once().connections().list().stream().count());

        assertThat(thrown).isInstanceOf(DirectConnectException.class);
        DirectConnectException error = (DirectConnectException) thrown;
        assertThat(error.getClass().getSimpleName()).isEqualTo(type);
        assertThat(error.errorCode()).contains(Integer.toString(status));
        assertThat(error.isRetryable()).isEqualTo(retryable);
        assertThat(error.httpStatus()).hasValue(status);
        assertThat(error.requestId()).as("the envelope has no request id").isEmpty();
        assertThat(error.getMessage()).contains("refused by the emulator");
        assertThat(count("listPorts")).isEqualTo(1);
    }

    @Test
    void everyRowOfTheTableIsCoveredAbove() {
        assertThat(ConsoleConnectErrors.TABLE.rules()).extracting(ErrorTable.Rule::pattern)
                .containsExactlyInAnyOrder("400", "401", "404", "429", "500", "502", "503", "504");
        assertThat(ConsoleConnectErrors.TABLE.rules()).allSatisfy(rule -> assertThat(rule.httpStatus())
                .isEqualTo(Integer.parseInt(rule.pattern())));
    }

    @Test
    void theDocumentedSampleIsAnInvalidRequestQuotingItsMessage() {
        byte[] sample = sample("error-400.json");
        emulator.faults().rewrite("listPorts", (request, answer) -> new EmulatorResponse(400,
                Map.of("Content-Type", "application/json"), sample), 1);

        assertThatThrownBy(() -> once().connections().list().stream().count())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.errorCode()).contains("400");
                    assertThat(e.getMessage()).contains("The request/portId must match pattern");
                });
    }

    @Test
    void aRefusedKeySaysWhatConsoleConnectTakesEvenWithoutItsEnvelope() {
        try (DirectConnect unknown = builder(Credentials.apiKey("not-a-key-of-this-emulator")).build()) {
            assertThatThrownBy(() -> unknown.connections().list().stream().count())
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                        assertThat(e.errorCode()).contains("401");
                        assertThat(e.getMessage()).startsWith("Console Connect refused the API key")
                                .contains("Authorization: Bearer", "CONSOLECONNECT_API_KEY", "portal-token is not supported")
                                .doesNotContain("not-a-key-of-this-emulator");
                    });
        }
        assertThat(emulator.requests().all()).as("a refused key is sent once, to find its company, and not retried")
                .extracting(r -> r.operation()).containsExactly("getAuthToken");
        emulator.faults().rewrite("listPorts", (request, answer) -> new EmulatorResponse(401, Map.of(), new byte[0]), 1);
        assertThatThrownBy(() -> once().connections().list().stream().count())
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.getMessage())
                        .contains("portal-token is not supported").contains("HTTP 401"));
    }

    @Test
    void throttledAndFailedReadsAreRetriedAndACreateIsNotResentBlindly() {
        emulator.faults().throttle("listPorts", 2);
        assertThat(client.connections().list().stream().count()).isEqualTo(3);
        assertThat(count("listPorts")).isEqualTo(3);

        String portId = port("HKG-MEGA-I");
        emulator.faults().serverError("getConnection", 503, 1);
        String id = client.virtualInterfaces().create(Orders.toAcme("retried", portId, 100, 1600).build()).id();
        assertThat(client.virtualInterfaces().get(id).id()).isEqualTo(id);
        assertThat(count("getConnection")).isEqualTo(2);

        emulator.faults().serverError("createLayer2Connection", 503, 1);
        client.virtualInterfaces().create(Orders.toAcme("after-503", portId, 100, 1601).build());
        assertThat(emulator.requests().of("createLayer2Connection")).extracting(r -> r.status())
                .containsExactly(200, 503, 200);
        assertThat(emulator.operator().count(ResourceType.VIRTUAL_INTERFACE)).isEqualTo(2);
    }

    @Test
    void theKeyIsNeverInAnErrorALogOrAPrintedObject() {
        try (DirectConnect unknown = builder(Credentials.apiKey("secret-key-4711")).build()) {
            Throwable thrown = catchThrowable(() -> unknown.connections().list().stream().count());
            assertThat(thrown).isInstanceOf(AuthenticationException.class);
            assertThat(thrown.getMessage()).doesNotContain("secret-key-4711");
            assertThat(unknown.toString()).doesNotContain("secret-key-4711");
        }
        client.connections().list().stream().count();
        assertThat(LogCapture.isActive()).isTrue();
        assertThat(LogCapture.linesContaining(List.of("secret-key-4711", KeyRing.TEST_KEY_ID))).isEmpty();
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

    private static byte[] sample(String name) {
        return Json.bytes(Samples.sample(name).record("body").node());
    }
}
