package io.dclink.temporal;

import io.dclink.auth.Secret;
import io.dclink.model.BgpPeering;
import io.dclink.model.CreateVirtualInterfaceRequest;

/** An interface request with the worker's BGP key put in, just before it is sent. */
final class WithBgpKey {

    private WithBgpKey() {
    }

    static CreateVirtualInterfaceRequest of(CreateVirtualInterfaceRequest request, Secret key) {
        BgpPeering bgp = request.bgp();
        return request.toBuilder().bgp(new BgpPeering(bgp == null ? null : bgp.customerAsn(),
                bgp == null ? null : bgp.providerAsn(), key)).build();
    }
}
