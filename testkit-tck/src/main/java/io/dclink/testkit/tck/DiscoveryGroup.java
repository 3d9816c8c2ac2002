package io.dclink.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.ProviderInfo;
import io.dclink.error.UnsupportedCapabilityException;
import io.dclink.spi.SpiVersion;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Discovery and capabilities: the plugin is found under its id and does what it declares, and only that. */
public interface DiscoveryGroup extends KitGroup {

    /** Checks that the plugin is discovered under the emulator's provider id. */
    @Test
    @DisplayName("the plugin is discovered under the emulator's provider id")
    default void discovered() {
        KitFixture kit = kit();
        DirectConnect client = kit.client();
        assertThat(DirectConnect.providers()).extracting(ProviderInfo::id).contains(kit.emulator().providerId());
        assertThat(client.provider().id()).isEqualTo(kit.emulator().providerId());
        assertThat(client.provider().spiVersion()).isEqualTo(new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR).toString());
        assertThat(client.provider().capabilities()).contains(Capability.CONNECTION_LIST);
        assertThat(client.provider().credentialVariables()).isNotEmpty();
    }

    /** Checks that every capability is honoured as declared: undeclared ones fail before any request. */
    @Test
    @DisplayName("every capability is honoured as declared: undeclared ones fail before any request")
    default void capabilitiesAreHonouredAsDeclared() {
        KitFixture kit = kit();
        CapabilityProbes probes = kit.probes();
        for (Capability capability : Capability.values()) {
            Optional<Runnable> call = probes.of(capability);
            if (call.isEmpty()) {
                continue;
            }
            if (kit.supports(capability)) {
                Throwable outcome = catchThrowable(call.get()::run);
                assertThat(outcome instanceof UnsupportedCapabilityException).as(capability + " is declared, but: "
                        + outcome).isFalse();
            } else {
                kit.assertRefusedLocally(capability, call.get());
            }
        }
    }
}
