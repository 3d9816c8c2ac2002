package io.dclink.testkit.consoleconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.lifecycle.ResourceType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ports (listing, deleted ones, READY, capacity, rename) and destination companies' metro capabilities. */
class ConsoleConnectPortsAndMetrosTest extends ConsoleConnectFixture {

    @Test
    void deletedFalseHidesTheDeletedPort() {
        List<String> all = names(ok(cc.get(COMPANY + "ports")));
        List<String> live = names(ok(cc.get(COMPANY + "ports?deleted=false")));

        assertThat(all).hasSize(4).anyMatch(name -> name.startsWith("LON-THN"));
        assertThat(live).hasSize(3).noneMatch(name -> name.startsWith("LON-THN"));
        JsonNode deleted = portRecord(port("LON-THN"));
        assertThat(deleted.path("status").asText()).isEqualTo("DELETED");
        assertThat(deleted.path("deleted").asBoolean()).isTrue();
        assertThat(deleted.path("deletedAt").isTextual()).isTrue();
    }

    @Test
    void portsShowSpeedMetroFacilityStatusLinkAndCapacity() {
        JsonNode hongKong = portRecord(port("HKG-MEGA-I"));
        assertThat(hongKong.path("speed").path("value").asInt()).isEqualTo(10_000);
        assertThat(hongKong.path("speed").path("name").asText()).isEqualTo("10000 Mbps");
        assertThat(hongKong.path("metroId").asText()).isEqualTo(HONG_KONG);
        assertThat(hongKong.path("dataCenterFacilityId").asText()).isEqualTo(MEGA_I);
        assertThat(hongKong.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(hongKong.path("linkState").asText()).isEqualTo("UP");
        assertThat(hongKong.path("capacity").path("remaining").asInt()).isEqualTo(10_000);

        JsonNode ready = portRecord(port("SIN-SG1"));
        assertThat(ready.path("status").asText()).isEqualTo("READY");
        assertThat(ready.path("linkState").asText()).isEqualTo("DOWN");
        assertThat(ready.path("firstActiveAt").isNull()).isTrue();
    }

    @Test
    void theCarrierBringsAReadyPortUp() {
        String ready = port("SIN-SG1");

        operator().completeConstruction(ready);

        JsonNode port = portRecord(ready);
        assertThat(port.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(port.path("linkState").asText()).isEqualTo("UP");
        assertThat(port.path("firstActiveAt").asText()).isEqualTo("2026-11-23T01:00:00.000Z");
        assertThatThrownBy(() -> operator().completeConstruction(ready)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ACTIVE");
    }

    @Test
    void anActivePortsLinkGoesDownAndComesBackWithItsStatusUnchanged() {
        String id = port("HKG-HK1");

        operator().linkDown(ResourceType.CONNECTION, id);
        assertThat(portRecord(id).path("linkState").asText()).isEqualTo("DOWN");
        assertThat(portRecord(id).path("status").asText()).isEqualTo("ACTIVE");

        operator().linkUp(ResourceType.CONNECTION, id);
        assertThat(portRecord(id).path("linkState").asText()).isEqualTo("UP");
        assertThatThrownBy(() -> operator().linkUp(ResourceType.VIRTUAL_INTERFACE, id))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aPortIsRenamedWithPostAndOnlyItsNameChanges() {
        String id = port("HKG-HK1");

        JsonNode renamed = ok(cc.post(COMPANY + "ports/" + id, "{\"name\": \"core-1G\"}"));

        assertThat(renamed.path("name").asText()).isEqualTo("core-1G");
        assertThat(portRecord(id).path("name").asText()).isEqualTo("core-1G");
        refused(cc.post(COMPANY + "ports/" + id, "{\"speed\": 100}"), 400, "The request/speed");
        refused(cc.post(COMPANY + "ports/" + id, "{\"name\": \" \"}"), 400, "The request/name");
        refused(cc.post("/api/company/acme-exchange/ports/5e0d00000000000000000003", "{\"name\": \"mine\"}"), 401, "");
    }

    @Test
    void portIdsAreCheckedAndUnknownPortsAre404() {
        refused(cc.get(COMPANY + "ports/123"), 400, "The request/portId must match pattern \"^[a-f0-9]{24}$\"");
        refused(cc.get(COMPANY + "ports/aaaaaaaaaaaaaaaaaaaaaaa1"), 404, "aaaaaaaaaaaaaaaaaaaaaaa1");
        refused(cc.get("/api/company/acme-exchange/ports/" + port("HKG-HK1")), 404, "");
    }

    @Test
    void tencentCloudTakesLayer2InHongKongAndSingapore() {
        JsonNode metros = ok(cc.get("/api/company/tencent-cloud/metro/capabilities")).path("results");

        assertThat(metros).hasSize(2);
        assertThat(metros.get(0).path("id").asText()).isEqualTo(HONG_KONG);
        assertThat(metros.get(0).path("code").asText()).isEqualTo("HKG");
        assertThat(metros.get(0).path("name").asText()).isEqualTo("Hong Kong");
        assertThat(metros.get(0).path("firstDataCenterFacilityIdInMetro").asText()).isEqualTo(MEGA_I);
        assertThat(metros.get(1).path("id").asText()).isEqualTo(SINGAPORE);
        assertThat(metros.get(1).path("firstDataCenterFacilityIdInMetro").asText()).isEqualTo(SG1);
    }

    @Test
    void theB2bCompanyTakesLayer2InHongKongAndLondonAndACompanyWithoutTheCapabilityInNone() {
        JsonNode acme = ok(cc.get("/api/company/acme-exchange/metro/capabilities")).path("results");
        assertThat(acme).extracting(m -> m.path("code").asText()).containsExactly("HKG", "LON");
        assertThat(acme.get(1).path("firstDataCenterFacilityIdInMetro").asText()).isEqualTo(TELEHOUSE_NORTH);

        assertThat(ok(cc.get("/api/company/globex-routing/metro/capabilities")).path("results")).isEmpty();
        refused(cc.get("/api/company/nobody/metro/capabilities"), 404, "nobody");
    }

    @Test
    void destinationPortsAreReadableWithTheirCapacityButNotTheirConnections() {
        JsonNode ports = ok(cc.get("/api/company/tencent-cloud/ports?deleted=false")).path("results");

        assertThat(ports).hasSize(2);
        assertThat(ports.get(0).path("type").asText()).isEqualTo("DCP");
        assertThat(ports.get(0).path("capacity").path("remaining").asInt()).isEqualTo(7_000);
        assertThat(ports.get(0).path("connections")).isEmpty();
    }

    @Test
    void theOwnersPortListsItsConnections() {
        String id = port("HKG-MEGA-I");
        String connection = create(b2bOrder("listed", id, 100));

        JsonNode port = portRecord(id);

        assertThat(port.path("connections")).hasSize(1);
        assertThat(port.path("connections").get(0).path("id").asText()).isEqualTo(connection);
        assertThat(port.path("connections").get(0).path("speed").asInt()).isEqualTo(100);
        assertThat(port.path("capacity").path("utilised").asInt()).isEqualTo(100);
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.path("results").forEach(port -> names.add(port.path("name").asText()));
        return names;
    }
}
