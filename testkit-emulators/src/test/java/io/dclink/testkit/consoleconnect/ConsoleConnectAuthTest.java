package io.dclink.testkit.consoleconnect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.auth.ApiKeyCredentials;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.KeyRing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Bearer key check, the deprecated portal token, and who a key is. */
class ConsoleConnectAuthTest extends ConsoleConnectFixture {

    private static final String OTHER_KEY = "another-console-connect-api-key";

    @Override
    ConsoleConnectEmulator newEmulator(EmulatorOptions options) {
        return new ConsoleConnectEmulator(new EmulatorOptions(options.port(),
                new KeyRing().add(OTHER_KEY, OTHER_KEY, "100000000002"), options.clockStart(), null, null));
    }

    @Test
    void theTestKeyActsForTheTestCompany() {
        JsonNode user = ok(cc.get("/api/auth/token"));

        assertThat(user.path("type").asText()).isEqualTo("PERSON");
        assertThat(user.path("id").asText()).matches("[a-f0-9]{24}");
        assertThat(user.path("companies")).hasSize(1);
        JsonNode company = user.path("companies").get(0);
        assertThat(company.path("username").asText()).isEqualTo(ConsoleConnectEmulator.TEST_COMPANY);
        assertThat(company.path("id").asText()).matches("[a-f0-9]{24}");
        assertThat(company.path("capabilities").path("layer2").asBoolean()).isTrue();
        assertThat(user.path("linkUserCompany").path("companyId").asText()).isEqualTo(company.path("id").asText());
    }

    @Test
    void anotherKeyActsForItsOwnCompanyAndCannotReadTheTestCompanysConnections() {
        ConsoleConnectHttp other = cc.withKey(OTHER_KEY);

        assertThat(ok(other.get("/api/auth/token")).path("companies").get(0).path("username").asText())
                .isEqualTo("dclink-100000000002");
        refused(other.get(COMPANY + "connections"), 401, "Authorization Required");
        refused(other.put(CREATE, b2bOrder("x", port("HKG-MEGA-I"), 10)), 401, "Authorization Required");
        assertThat(ok(other.get(COMPANY + "ports?deleted=false")).path("results")).isNotEmpty(); // port lists are public
    }

    @Test
    void anUnknownKeyIsRefusedInTheLoopBackEnvelope() {
        ConsoleConnectHttp.Reply reply = cc.withKey("not-a-key").get("/api/auth/token");

        refused(reply, 401, "Authorization Required");
        assertThat(fieldNames(reply.body())).containsExactly("error");
        assertThat(fieldNames(reply.body().path("error"))).containsExactlyInAnyOrder("message", "status", "statusCode");
    }

    @Test
    void aRequestWithoutAKeyIsRefused() {
        refused(cc.withHeaders(Map.of()).get(COMPANY + "ports"), 401, "Authorization Required");
        refused(cc.withHeaders(Map.of("Authorization", KeyRing.TEST_KEY_ID)).get("/api/auth/token"), 401, "");
    }

    @Test
    void theBearerSchemeIsMatchedWithoutRegardToCase() {
        ok(cc.withHeaders(Map.of("Authorization", "bearer " + KeyRing.TEST_KEY_ID)).get("/api/auth/token"));
    }

    @Test
    void theDeprecatedPortalTokenIsNotAccepted() {
        refused(cc.withHeaders(Map.of("portal-token", "a".repeat(64))).get("/api/auth/token"), 401, "");
        refused(cc.withHeaders(Map.of("portal-token", KeyRing.TEST_KEY_ID)).get(COMPANY + "ports"), 401, "");
        refused(cc.withHeaders(Map.of()).put("/api/auth/token", """
                {"email": "ops@example.com", "password": "secret"}"""), 401, "login failed");
    }

    @Test
    void thePortalTokenBesideAGoodBearerKeyIsIgnored() {
        ok(cc.withHeaders(Map.of("Authorization", "Bearer " + KeyRing.TEST_KEY_ID, "portal-token", "x")).get("/api/auth/token"));
    }

    @Test
    void aPathNoOperationAnswersIs404AfterTheKeyCheck() {
        refused(cc.get("/api/company/dclink-test/ports/orders/abc/nothing"), 404, "There is no method to handle GET");
        refused(cc.withHeaders(Map.of()).get("/api/nothing"), 401, "");
        refused(cc.get("/api/company/no-such-company/ports"), 404, "no-such-company");
    }

    @Test
    void theTestCredentialsAreTheTestKeyAsABearerKey() {
        assertThat(emulator.testCredentials()).isInstanceOf(ApiKeyCredentials.class);
        assertThat(((ApiKeyCredentials) emulator.testCredentials()).apiKey().reveal()).isEqualTo(KeyRing.TEST_KEY_ID);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
