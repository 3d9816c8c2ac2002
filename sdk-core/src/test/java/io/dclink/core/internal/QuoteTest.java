package io.dclink.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.AlphaStore;
import io.dclink.core.testplugin.PluginClassLoaders;
import io.dclink.error.Problem;
import io.dclink.error.UnsupportedCapabilityException;
import io.dclink.error.ValidationException;
import io.dclink.model.BgpPeering;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.Quote;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quote prices an order before it is placed: checked as the create would be, never ordering. */
class QuoteTest {

    @TempDir
    Path dir;

    private final AlphaStore store = AlphaStore.create();
    private final DirectConnect alpha = DirectConnect.builder().provider("alpha").region("r1")
            .credentials(Credentials.accessKey("id", "secret")).property("store", store.id).build();

    @AfterEach
    void close() {
        alpha.close();
    }

    private static CreateVirtualInterfaceRequest vif(int vlan) {
        return vif("v", vlan);
    }

    private static CreateVirtualInterfaceRequest vif(String name, int vlan) {
        return CreateVirtualInterfaceRequest.builder().name(name).connectionId("c-1").vlan(vlan)
                .bgp(new BgpPeering(65_010L, null, null)).build();
    }

    @Test
    void aPricedOrderIsQuotedAndNothingIsOrdered() {
        Quote quote = alpha.virtualInterfaces().quote(vif(100));

        assertThat(alpha.provider().supports(Capability.VIRTUAL_INTERFACE_QUOTE)).isTrue();
        assertThat(quote.priced()).isTrue();
        assertThat(quote.provider()).isEqualTo("alpha");
        assertThat(quote.currency()).isEqualTo("USD");
        assertThat(quote.total()).contains(new BigDecimal("42.00"));
        assertThat(store.calls("virtualInterfaces.quote")).isEqualTo(1);
        assertThat(store.calls("virtualInterfaces.create")).isZero();
    }

    @Test
    void aCombinationWithoutAPriceIsATypedAnswerNotAnError() {
        Quote quote = alpha.virtualInterfaces().quote(vif(999));

        assertThat(quote.priced()).isFalse();
        assertThat(quote.total()).isEmpty();
        assertThat(quote.items()).isEmpty();
    }

    @Test
    void aQuoteIsCheckedAsTheCreateWouldBeBeforeAnythingIsSent() {
        assertThatThrownBy(() -> alpha.virtualInterfaces().quote(vif(4001)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).contains("vlan"));
        assertThat(store.calls("virtualInterfaces.quote")).isZero();
    }

    @Test
    void whereThePluginJudgesAFieldItsProblemReplacesTheSharedOneAsForTheCreate() {
        Problem plugins = new Problem("name", "alpha takes names of 1-40 characters");

        assertThatThrownBy(() -> alpha.virtualInterfaces().quote(vif(null, 100)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(plugins));
        assertThatThrownBy(() -> alpha.virtualInterfaces().create(vif(null, 100)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(plugins));
    }

    @Test
    void aProviderThatQuotesNothingRefusesLocally() {
        try (DirectConnect delta = DirectConnect.builder().classLoader(PluginClassLoaders.withDelta(dir)).provider("delta")
                .region("r1").credentials(Credentials.accessKey("id", "secret")).property("store", store.id).build()) {
            assertThat(delta.provider().supports(Capability.VIRTUAL_INTERFACE_QUOTE)).isFalse();
            assertThatThrownBy(() -> delta.virtualInterfaces().quote(vif(100)))
                    .isInstanceOf(UnsupportedCapabilityException.class);
        }
    }

    @Test
    void aPricedQuoteNamesItsCurrency() {
        assertThatThrownBy(() -> new Quote("p", null, java.util.List.of(new Quote.Item("PORT", BigDecimal.ONE, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currency");
    }
}
