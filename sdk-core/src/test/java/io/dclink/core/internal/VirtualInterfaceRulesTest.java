package io.dclink.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.DirectConnect;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.AlphaStore;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.model.BgpPeering;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.CreateVirtualInterfaceRequestBuilder;
import io.dclink.model.RoutingType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The rules every provider shares for a new virtual interface, checked before anything is sent. */
class VirtualInterfaceRulesTest {

    private final AlphaStore store = AlphaStore.create();
    private final DirectConnect alpha = DirectConnect.builder().provider("alpha").region("r1")
            .credentials(Credentials.accessKey("id", "secret")).property("store", store.id).build();

    @AfterEach
    void close() {
        alpha.close();
    }

    private List<String> problems(CreateVirtualInterfaceRequest request) {
        try {
            alpha.virtualInterfaces().quote(request);
            return List.of();
        } catch (ValidationException e) {
            return e.problems().stream().map(p -> p.field() + ": " + p.message()).toList();
        }
    }

    private static CreateVirtualInterfaceRequestBuilder layer2() {
        return CreateVirtualInterfaceRequest.builder().name("l2").connectionId("port-1").routing(RoutingType.NONE);
    }

    @Test
    void aLayer2CircuitNeedsNoVlanNoBgpAndNoPrefixesAndRefusesThem() {
        assertThat(problems(layer2().build())).isEmpty();
        assertThat(problems(layer2().bgp(new BgpPeering(65_010L, null, null)).staticPrefixes(List.of("10.0.0.0/8")).build()))
                .containsExactly("bgp: a Layer 2 circuit (routing NONE) has no BGP session",
                        "staticPrefixes: a Layer 2 circuit (routing NONE) has no routes");
    }

    @Test
    void routedInterfacesNeedTheirVlanAndTheirRouting() {
        assertThat(problems(CreateVirtualInterfaceRequest.builder().name("b").connectionId("c").build()))
                .containsExactly("vlan: is required", "bgp.customerAsn: is required when routing is BGP");
        assertThat(problems(CreateVirtualInterfaceRequest.builder().name("s").connectionId("c").vlan(10)
                .routing(RoutingType.STATIC).build()))
                .containsExactly("staticPrefixes: needs at least one prefix when routing is STATIC");
    }

    @Test
    void anOptionTheProviderDoesNotDeclareIsRefusedNamingTheOnesItDoes() {
        assertThatThrownBy(() -> alpha.virtualInterfaces().create(layer2().providerOptions(Map.of("destDcf", "x")).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("providerOptions.destDcf"));
        assertThat(store.calls("virtualInterfaces.create")).isZero();
    }
}
