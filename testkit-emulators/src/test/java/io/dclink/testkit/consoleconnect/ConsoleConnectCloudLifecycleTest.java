package io.dclink.testkit.consoleconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.lifecycle.ResourceType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Layer 2 connection to {@code tencent-cloud}: it sits in {@code MANUAL} until Console Connect's
 * support team completes it and hands over the provider's account, the shared connection and the
 * VLAN, which the API shows only when the emulator is told it does.
 */
class ConsoleConnectCloudLifecycleTest extends ConsoleConnectFixture {

    private static final HandOff HAND_OFF = new HandOff("100000000001", "dc-7a8b9c0d", 1200);

    @Test
    void aTencentConnectionSitsInManualUntilSupportCompletesIt() {
        String id = create(tencentOrder("to-tencent-hkg", port("HKG-MEGA-I")));
        assertThat(status(id)).isEqualTo("CREATING");
        assertThat(status(id)).isEqualTo("MANUAL");
        advanceClock(Duration.ofDays(60));
        JsonNode manual = connection(id);
        assertThat(manual.path("status").asText()).isEqualTo("MANUAL");
        assertThat(manual.path("destCompany").path("username").asText()).isEqualTo("tencent-cloud");
        assertThat(manual.path("destPort").path("dataCenterFacilityId").asText()).isEqualTo(MEGA_I);
        assertThat(manual.path("classOfService").asText()).isEqualTo("SILVER");
        assertThat(manual.path("evergreen").asBoolean()).isTrue();
        assertThat(emulator.handOff(id)).isEmpty();

        operator().completeManual(id, HAND_OFF);
        assertThat(status(id)).isEqualTo("ACTIVATING");
        advanceClock(Duration.ofMinutes(2));
        assertThat(status(id)).isEqualTo("ACTIVE");
        assertThat(emulator.handOff(id)).contains(HAND_OFF);
    }

    @Test
    void byDefaultTheHandOffComesBySupportsMailAndNotThroughTheApi() {
        String id = manualConnection();

        operator().completeManual(id, HAND_OFF);

        JsonNode connection = connection(id);
        assertThat(connection.path("partner").path("account").isNull()).isTrue();
        assertThat(connection.path("partner").path("connectionId").isNull()).isTrue();
        assertThat(connection.path("destTag").isNull()).isTrue();
        assertThat(connection.path("destVlan").path("customer")).isEmpty();
        assertThat(operator().handOff(id)).contains(HAND_OFF);
    }

    @Test
    void whenTheApiExposesTheHandOffItIsReadFromTheConnection() {
        emulator.exposeHandOff(true);
        String id = manualConnection();
        assertThat(connection(id).path("partner").path("account").isNull()).isTrue();

        operator().completeManual(id, HAND_OFF);

        JsonNode connection = connection(id);
        assertThat(connection.path("partner").path("account").asText()).isEqualTo("100000000001");
        assertThat(connection.path("partner").path("connectionId").asText()).isEqualTo("dc-7a8b9c0d");
        assertThat(connection.path("destTag").asText()).isEqualTo("1200");
        assertThat(connection.path("destVlan").path("customer").get(0).path("start").asInt()).isEqualTo(1200);
    }

    @Test
    void supportsAdvanceCompletesWithValuesOfItsOwn() {
        String id = manualConnection();

        operator().advance(ResourceType.VIRTUAL_INTERFACE, id);

        HandOff handOff = operator().handOff(id).orElseThrow();
        assertThat(handOff.sharedConnectionId()).matches("dc-[a-z0-9]{8}");
        assertThat(handOff.providerAccountId()).matches("\\d{12}");
        assertThat(handOff.vlanId()).isBetween(1, 3000);
        assertThat(status(id)).isEqualTo("ACTIVATING");
    }

    @Test
    void approveCompletesTheManualStageAndARequestedVlanIsHandedOver() {
        String body = tencentOrder("vlan", port("HKG-MEGA-I"))
                .replace("\"speed\": 100", "\"speed\": 100, \"destVlanRequest\": 2900");
        String id = create(body);
        status(id);
        status(id);

        operator().approve(id);

        assertThat(operator().handOff(id).orElseThrow().vlanId()).isEqualTo(2900);
        assertThat(operator().completeManual(manualConnection()).vlanId()).isNotEqualTo(2900);
    }

    @Test
    void supportMayRefuseAndCompletingIsForManualOnly() {
        String refusedId = manualConnection();
        operator().deny(refusedId, "no capacity at Tencent HKG");
        assertThat(status(refusedId)).isEqualTo("DENIED");
        assertThatThrownBy(() -> operator().completeManual(refusedId, HAND_OFF)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DENIED");
    }

    @Test
    void theAdminEndpointPlaysSupportForStandaloneUsers() {
        String id = manualConnection();

        ConsoleConnectHttp admin = cc.withHeaders(Map.of());
        assertThat(admin.post("/_dclink/operator/approve?id=" + id, "").status()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("ACTIVATING");
        assertThat(admin.post("/_dclink/operator/advance?type=VIRTUAL_INTERFACE&id=" + id, "").status()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("ACTIVE");
        assertThat(admin.post("/_dclink/operator/approve?id=aaaaaaaaaaaaaaaaaaaaaaa9", "").status()).isEqualTo(404);
    }

    @Test
    void aTencentConnectionCanLandInSingaporeThroughItsCapabilities() {
        JsonNode singapore = ok(cc.get("/api/company/tencent-cloud/metro/capabilities")).path("results").get(1);
        String id = create("""
                {"type": "LAYER2", "name": "to-tencent-sin", "portId": "%s", "speed": 200, "destCompany": "tencent-cloud",
                 "destMetroId": "%s", "destDcf": "%s"}""".formatted(port("HKG-MEGA-I"), singapore.path("id").asText(),
                singapore.path("firstDataCenterFacilityIdInMetro").asText()));

        JsonNode connection = connection(id);
        assertThat(connection.path("destPort").path("metroId").asText()).isEqualTo(SINGAPORE);
        assertThat(connection.path("cdrBillingType").asText()).isEqualTo("REGIONAL");
    }

    private String manualConnection() {
        String id = create(tencentOrder("to-tencent", port("HKG-MEGA-I")));
        status(id);
        assertThat(status(id)).isEqualTo("MANUAL");
        return id;
    }
}
