package io.dclink.temporal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.auth.Secret;
import io.dclink.hosted.HostedOrderRequest;
import io.dclink.model.BgpPeering;
import io.dclink.model.CreateVirtualInterfaceRequest;
import org.junit.jupiter.api.Test;

/** A workflow's input is stored in its history: an order carrying a BGP key on either side is refused when made. */
class HostedLineOrderTest {

    private static CreateVirtualInterfaceRequest side(Secret key) {
        return CreateVirtualInterfaceRequest.builder().name("side").connectionId("c-1").vlan(100)
                .bgp(new BgpPeering(65_010L, null, key)).build();
    }

    @Test
    void aBgpKeyOnEitherSideIsRefused() {
        Secret key = Secret.of("md5-key");

        assertThatThrownBy(() -> HostedLineOrder.of("partner", "cloud",
                new HostedOrderRequest(side(key), side(null), "order-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partnerSide.bgp.authKey")
                .hasMessageNotContaining("md5-key");
        assertThatThrownBy(() -> HostedLineOrder.of("partner", "cloud",
                new HostedOrderRequest(side(null), side(key), "order-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cloudSide.bgp.authKey");
    }
}
