package io.dclink.temporal;

import io.dclink.auth.Secret;
import io.dclink.model.BgpPeering;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.LoaApplication;
import io.dclink.testkit.emulator.Emulator;
import java.util.List;
import java.util.Optional;

/** The worker's private inputs in the tests: each provider's emulator's sample LOA application and BGP key. */
final class SamplePrivateInputs implements PrivateInputs {

    private final List<Emulator> emulators;

    SamplePrivateInputs(List<Emulator> emulators) {
        this.emulators = List.copyOf(emulators);
    }

    private Emulator of(String provider) {
        return emulators.stream().filter(e -> e.providerId().equals(provider)).findFirst().orElseThrow();
    }

    /** The sample interface without its BGP key, as a workflow's input must be. */
    static CreateVirtualInterfaceRequest withoutKey(CreateVirtualInterfaceRequest request) {
        BgpPeering bgp = request.bgp();
        return bgp == null ? request
                : request.toBuilder().bgp(new BgpPeering(bgp.customerAsn(), bgp.providerAsn(), null)).build();
    }

    @Override
    public Optional<Secret> bgpKey(String provider, CreateVirtualInterfaceRequest request) {
        BgpPeering sample = of(provider).sampleOrder().virtualInterface("any", null, 100).bgp();
        return Optional.ofNullable(sample == null ? null : sample.authKey());
    }

    @Override
    public Optional<LoaApplication> loaApplication(String provider, String lineId) {
        return Optional.of(of(provider).sampleOrder().loaApplication());
    }
}
