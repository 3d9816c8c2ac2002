package io.dclink.provider.consoleconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.error.Problem;
import io.dclink.error.ProtocolException;
import io.dclink.error.ValidationException;
import io.dclink.kit.json.JsonRecord;
import io.dclink.model.Quote;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The price of a Layer 2 connection before it is ordered, through the public API
 * ({@code virtualInterfaces().quote}): a priced combination in US dollars, in the field names of
 * Console Connect's own quote mapping; a combination without a price (204) as the typed
 * {@link Quote#noPrice}; a 200 that prices nothing as a protocol error; and a request the order
 * would refuse refused before pricing. A quote orders nothing.
 */
class ConsoleConnectQuoteTest extends EmulatedConsoleConnect {

    private static final Map<String, String> YEAR_OF_SILVER = Map.of(Layer2Options.DEST_METRO, Orders.HONG_KONG,
            "duration", "12", "durationUnit", "m", "classOfService", "SILVER");

    @Test
    void aPricedCombinationHasItsPriceInUsdAndOrdersNothing() {
        assertThat(client.provider().supports(Capability.VIRTUAL_INTERFACE_QUOTE)).isTrue();

        Quote quote = client.virtualInterfaces().quote(Orders.toTencent("priced", port("HKG-MEGA-I"))
                .providerOptions(YEAR_OF_SILVER).build());

        assertThat(quote.priced()).isTrue();
        assertThat(quote.provider()).isEqualTo(ConsoleConnectProvider.ID);
        assertThat(quote.currency()).isEqualTo("USD");
        assertThat(quote.total()).hasValueSatisfying(total -> assertThat(total).isGreaterThan(BigDecimal.ZERO));
        assertThat(quote.items()).singleElement().satisfies(item -> {
            assertThat(item.type()).isEqualTo("CONNECTION");
            assertThat(item.upfront()).isNotNull();
        });
        assertThat(emulator.requests().of("calculatePrice").get(0).request().bodyText()).isEqualTo(
                "{\"connections\":[{\"srcDcf\":\"" + Orders.MEGA_I + "\",\"destDcf\":\"" + Orders.MEGA_I + "\","
                        + "\"bandwidth\":100,\"duration\":{\"value\":12,\"unit\":\"m\"},\"classOfService\":\"SILVER\"}]}");
        assertThat(count("createLayer2Connection")).isZero();
    }

    @Test
    void theItemPricedCarriesTheFieldsOfConsoleConnectsQuoteMappingAndTheDiscountCodeGoesBesideIt() {
        Map<String, String> options = new java.util.HashMap<>(YEAR_OF_SILVER);
        options.put("paymentType", "invoice");
        options.put("discountCode", "SPRING24");
        client.virtualInterfaces().quote(Orders.toTencent("fields", port("HKG-MEGA-I")).providerOptions(options).build());

        JsonRecord sent = Samples.record(emulator.requests().of("calculatePrice").get(0).request().bodyText());
        JsonRecord documented = Samples.sample("pricing-calculate.json").record("request").records("connections").get(0);
        assertThat(sent.fieldNames()).containsExactly("connections", "discountCode");
        assertThat(sent.text("discountCode")).isEqualTo("SPRING24");
        assertThat(sent.records("connections").get(0).fieldNames())
                .containsExactlyInAnyOrderElementsOf(documented.fieldNames());
        assertThat(sent.records("connections").get(0).record("duration").fieldNames())
                .containsExactlyElementsOf(documented.record("duration").fieldNames());
    }

    @Test
    void theClientsTermsPriceWhatTheQuoteLeavesOut() {
        try (DirectConnect terms = builder(emulator.testCredentials()).property("consoleconnect.duration", "3")
                .property("consoleconnect.durationUnit", "y").property("consoleconnect.classOfService", "GOLD").build()) {
            terms.virtualInterfaces().quote(Orders.toTencent("defaults", port("HKG-MEGA-I"))
                    .providerOptions(Map.of(Layer2Options.DEST_METRO, Orders.HONG_KONG, "classOfService", "BRONZE")).build());
        }

        JsonRecord item = Samples.record(emulator.requests().of("calculatePrice").get(0).request().bodyText())
                .records("connections").get(0);
        assertThat(item.record("duration").integer("value")).isEqualTo(3);
        assertThat(item.record("duration").text("unit")).isEqualTo("y");
        assertThat(item.text("classOfService")).as("the quote's own term wins").isEqualTo("BRONZE");
    }

    @Test
    void aCombinationWithoutAPriceIsATypedNoPrice() {
        Quote quote = client.virtualInterfaces().quote(Orders.toAcme("unpriced", port("HKG-MEGA-I"), 300, 100).build());

        assertThat(quote).isEqualTo(Quote.noPrice(ConsoleConnectProvider.ID));
        assertThat(quote.priced()).isFalse();
        assertThat(quote.total()).isEmpty();
        assertThat(emulator.requests().of("calculatePrice").get(0).status()).isEqualTo(204);
    }

    @Test
    void aPriceAnswerThatPricesNothingIsAProtocolError() {
        emulator.faults().replaceBody("calculatePrice", "{\"results\": []}", 1);

        assertThatThrownBy(() -> client.virtualInterfaces().quote(Orders.toAcme("empty", port("HKG-MEGA-I"), 100, 100)
                .build())).isInstanceOf(ProtocolException.class).hasMessageContaining("no result");
    }

    @Test
    void aQuoteIsCheckedAsTheOrderItPricesBeforeAnythingIsSent() {
        String megaI = port("HKG-MEGA-I");
        int before = emulator.requests().size();

        assertThatThrownBy(() -> client.virtualInterfaces().quote(Orders.toAcme("bad", megaI, 0, 1)
                .providerOptions(Map.of("duration", "12", "colour", "blue")).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::field)
                        .contains("bandwidthMbps", "vlan", "providerOptions.durationUnit", "providerOptions.colour"));
        assertThat(emulator.requests().size()).isEqualTo(before);

        assertThatThrownBy(() -> client.virtualInterfaces().quote(Orders.toAcme("nowhere", megaI, 100, 100)
                .ownerAccount("globex-routing").build())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("ownerAccount");
        assertThat(count("calculatePrice")).isZero();
    }
}
