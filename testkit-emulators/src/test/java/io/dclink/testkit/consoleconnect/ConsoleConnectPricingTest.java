package io.dclink.testkit.consoleconnect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Quotes: a price for known combinations, 204 No Content for a combination without one, 400 for a bad request. */
class ConsoleConnectPricingTest extends ConsoleConnectFixture {

    private static final String PRICING = "/api/pricing/calculate";

    @Test
    void aConnectionWithinHongKongHasAPrice() {
        JsonNode result = ok(cc.post(PRICING, quote(MEGA_I, HK1, 100, 12, "m", "BRONZE"))).path("results").get(0);

        assertThat(result.path("type").asText()).isEqualTo("CONNECTION");
        assertThat(result.path("price").asInt()).isEqualTo(162);
        assertThat(result.path("preAuthAmount").asInt()).isEqualTo(162);
        assertThat(result.path("entity").path("bandwidth").asInt()).isEqualTo(100);
        assertThat(result.path("entity").path("srcDcf").path("id").asText()).isEqualTo(MEGA_I);
        assertThat(result.path("entity").path("destDcf").path("name").asText()).isEqualTo("Equinix HK1");
    }

    @Test
    void theClassOfServiceTheRouteAndTheTermMoveThePrice() {
        int bronze = price(quote(MEGA_I, HK1, 1_000, 1, "m", "BRONZE"));
        int gold = price(quote(MEGA_I, HK1, 1_000, 1, "m", "GOLD"));
        int toSingapore = price(quote(MEGA_I, SG1, 1_000, 1, "m", "BRONZE"));
        int threeYears = price(quote(MEGA_I, HK1, 1_000, 3, "y", "BRONZE"));

        assertThat(gold).isGreaterThan(bronze);
        assertThat(toSingapore).isGreaterThan(bronze);
        assertThat(threeYears).isLessThan(bronze);
    }

    @Test
    void aCombinationWithoutAPriceIsNoContent() {
        assertNoPrice(quote(MEGA_I, TELEHOUSE_NORTH, 100, 12, "m", "BRONZE"));
        assertNoPrice(quote(MEGA_I, HK1, 300, 12, "m", "BRONZE"));
        assertNoPrice(quote(MEGA_I, HK1, 100, 30, "d", "BRONZE"));
        assertNoPrice(sample("pricing-calculate.json").path("request").toString()); // its DCFs are placeholders
    }

    @Test
    void aPortHasAPrice() {
        JsonNode result = ok(cc.post(PRICING, """
                {"ports": [{"dcf": "%s", "speed": 1000, "durationUnit": "y"}]}""".formatted(MEGA_I)))
                .path("results").get(0);

        assertThat(result.path("type").asText()).isEqualTo("PORT");
        assertThat(result.path("price").asInt()).isEqualTo(300);
        assertThat(result.path("entity").path("dcf").path("name").asText()).isEqualTo("iAdvantage MEGA-i");
    }

    @Test
    void aBadRequestIsRefusedNamingTheField() {
        refused(cc.post(PRICING, quote(MEGA_I, HK1, 20_000, 12, "m", "BRONZE")), 400,
                "The request/connections/0/bandwidth must be <= 10000");
        refused(cc.post(PRICING, quote("x", HK1, 100, 12, "m", "BRONZE")), 400,
                "The request/connections/0/srcDcf must match pattern");
        refused(cc.post(PRICING, quote(MEGA_I, HK1, 100, 12, "w", "BRONZE")), 400, "The request/connections/0/duration/unit");
        refused(cc.post(PRICING, "{\"connections\": []}"), 400, "at least one item");
        refused(cc.post(PRICING, "{\"connections\": {}}"), 400, "The request/connections must be array");
    }

    private int price(String body) {
        return ok(cc.post(PRICING, body)).path("results").get(0).path("price").asInt();
    }

    private void assertNoPrice(String body) {
        ConsoleConnectHttp.Reply reply = cc.post(PRICING, body);
        assertThat(reply.status()).as("answer %s to %s", reply, body).isEqualTo(204);
        assertThat(reply.body().isMissingNode()).isTrue();
    }

    private static String quote(String src, String dest, int bandwidth, int duration, String unit, String cos) {
        return """
                {"connections": [{"srcDcf": "%s", "destDcf": "%s", "bandwidth": %d,
                  "duration": {"value": %d, "unit": "%s"}, "classOfService": "%s", "paymentMethod": "invoice"}]}"""
                .formatted(src, dest, bandwidth, duration, unit, cos);
    }
}
