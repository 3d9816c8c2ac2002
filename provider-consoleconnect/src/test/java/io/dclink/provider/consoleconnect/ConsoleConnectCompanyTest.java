package io.dclink.provider.consoleconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.DirectConnect;
import io.dclink.RetryOptions;
import io.dclink.auth.Credentials;
import io.dclink.error.AuthenticationException;
import io.dclink.error.ProtocolException;
import io.dclink.error.ProviderUnavailableException;
import io.dclink.error.ValidationException;
import io.dclink.model.VirtualInterfaceQuery;
import io.dclink.testkit.consoleconnect.ConsoleConnectEmulator;
import io.dclink.testkit.emulator.KeyRing;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The company a client acts for: configured, or discovered from the API key once per client with
 * {@code GET /api/auth/token}; a client needs nothing but {@code CONSOLECONNECT_API_KEY}. A
 * portal-token is not an API key, and Console Connect has no regions.
 */
class ConsoleConnectCompanyTest extends EmulatedConsoleConnect {

    @Test
    void onlyTheApiKeyVariableIsNeededAndTheCompanyIsDiscoveredOnce() {
        try (DirectConnect fromEnvironment = DirectConnect.builder().provider(ConsoleConnectProvider.ID)
                .environment(Map.of(ConsoleConnectProvider.API_KEY_VARIABLE, KeyRing.TEST_KEY_ID))
                .endpoint(emulator.baseUri()).clock(emulator.clock()).build()) {
            assertThat(fromEnvironment.connections().list().stream().count()).isEqualTo(3);
            assertThat(fromEnvironment.virtualInterfaces().list(VirtualInterfaceQuery.all()).stream().count()).isZero();
            assertThat(fromEnvironment.accessPoints().list().stream().count()).isEqualTo(2);
        }
        assertThat(count("getAuthToken")).isEqualTo(1);
        assertThat(emulator.requests().of("listPorts").get(0).request().path())
                .isEqualTo("/api/company/" + ConsoleConnectEmulator.TEST_COMPANY + "/ports");
    }

    @Test
    void aConfiguredCompanyIsNotDiscovered() {
        try (DirectConnect configured = builder(emulator.testCredentials())
                .property(Settings.COMPANY, ConsoleConnectEmulator.TEST_COMPANY).build()) {
            assertThat(configured.connections().list().stream().count()).isEqualTo(3);
        }
        assertThat(count("getAuthToken")).isZero();
    }

    @Test
    void theCompanyVariableIsReadFromTheClientsEnvironment() {
        try (DirectConnect fromEnvironment = builder(emulator.testCredentials())
                .environment(Map.of(Settings.COMPANY_VARIABLE, ConsoleConnectEmulator.TEST_COMPANY)).build()) {
            assertThat(fromEnvironment.connections().list().stream().count()).isEqualTo(3);
        }
        try (DirectConnect propertyFirst = builder(emulator.testCredentials())
                .environment(Map.of(Settings.COMPANY_VARIABLE, ConsoleConnectEmulator.B2B_COMPANY))
                .property(Settings.COMPANY, ConsoleConnectEmulator.TEST_COMPANY).build()) {
            assertThat(propertyFirst.connections().list().stream().count()).isEqualTo(3);
        }
        assertThat(count("getAuthToken")).isZero();
        assertThat(emulator.requests().of("listPorts")).extracting(r -> r.request().path())
                .containsOnly("/api/company/" + ConsoleConnectEmulator.TEST_COMPANY + "/ports");
        assertThatThrownBy(() -> builder(emulator.testCredentials()).environment(Map.of(Settings.COMPANY_VARIABLE, "a b"))
                .build()).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo(Settings.COMPANY)));
    }

    @Test
    void aFailedDiscoveryIsAskedAgainByTheNextCall() {
        emulator.faults().providerError("getAuthToken", "Service Unavailable", 503, 1);
        try (DirectConnect once = builder(emulator.testCredentials()).retry(RetryOptions.disabled()).build()) {
            assertThatThrownBy(() -> once.connections().list().stream().count())
                    .isInstanceOf(ProviderUnavailableException.class);
            assertThat(once.connections().list().stream().count()).isEqualTo(3);
        }
        assertThat(count("getAuthToken")).isEqualTo(2);
    }

    @Test
    void aKeyOfSeveralCompaniesOrOfNoneNeedsTheCompanyNamed() {
        emulator.faults().rewrite("getAuthToken", (request, answer) -> json(200,
                "{\"id\":\"u1\",\"companies\":[{\"username\":\"acme\"},{\"username\":\"acme-labs\"}]}"), 1);
        assertThatThrownBy(() -> client.connections().list().stream().count())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo(Settings.COMPANY))
                        .asString().contains("[acme, acme-labs]", "CONSOLECONNECT_COMPANY"));
        emulator.faults().rewrite("getAuthToken", (request, answer) -> json(200, "{\"id\":\"u1\",\"companies\":[]}"), 1);
        assertThatThrownBy(() -> client.connections().list().stream().count())
                .isInstanceOf(ValidationException.class).hasMessageContaining("no company");
        emulator.faults().rewrite("getAuthToken", (request, answer) -> json(200, "{\"id\":\"u1\",\"companies\":{}}"), 1);
        assertThatThrownBy(() -> client.connections().list().stream().count())
                .isInstanceOf(ProtocolException.class).hasMessageContaining("companies");
    }

    @Test
    void aPortalTokenIsNotSupported() {
        assertThatThrownBy(() -> DirectConnect.builder().provider(ConsoleConnectProvider.ID)
                .environment(Map.of("CONSOLECONNECT_PORTAL_TOKEN", "9f".repeat(32))).endpoint(emulator.baseUri()).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().contains("credentials", ConsoleConnectProvider.API_KEY_VARIABLE));

        try (DirectConnect portalToken = builder(Credentials.apiKey("9f".repeat(32))).build()) {
            assertThatThrownBy(() -> portalToken.connections().list().stream().count())
                    .isInstanceOf(AuthenticationException.class).hasMessageContaining("portal-token is not supported");
        }
        assertThat(emulator.requests().all()).allSatisfy(r -> assertThat(r.request().header("portal-token")).isNull());
    }

    @Test
    void consoleConnectHasNoRegionToChoose() {
        assertThatThrownBy(() -> builder(emulator.testCredentials()).region("global").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("region")));
    }
}
