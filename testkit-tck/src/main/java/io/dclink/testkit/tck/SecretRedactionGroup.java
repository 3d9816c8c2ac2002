package io.dclink.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.auth.Credentials;
import io.dclink.error.DirectConnectException;
import io.dclink.model.VirtualInterface;
import io.dclink.testkit.logging.LogCapture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Secret redaction: no credential secret or BGP key in logs, error texts or printed objects. */
public interface SecretRedactionGroup extends KitGroup {

    /** Checks that no secret appears in logs, error messages or printed objects. */
    @Test
    @DisplayName("no secret appears in logs, error messages or printed objects")
    default void noSecretLeaks() {
        KitFixture kit = kit();
        assertTrue(LogCapture.isActive(), "register io.dclink.testkit.logging.CapturingSlf4jProvider in "
                + "src/test/resources/META-INF/services/org.slf4j.spi.SLF4JServiceProvider so that the kit can read logs");
        Credentials good = kit.emulator().testCredentials();
        Credentials bad = KitFixture.wrongSecret(good);
        List<String> secrets = new ArrayList<>();
        good.secrets().forEach(s -> secrets.add(s.reveal()));
        bad.secrets().forEach(s -> secrets.add(s.reveal()));
        secrets.add(ProviderCompatibilityKit.BGP_AUTH_KEY);
        List<String> texts = new ArrayList<>();

        try (DirectConnect wrong = kit.client(bad)) {
            try {
                wrong.connections().list().stream().count();
            } catch (DirectConnectException e) {
                texts.add(e.toString());
            }
            texts.add(wrong.toString());
        }
        if (kit.declaresOnAnActiveLine(Capability.VIRTUAL_INTERFACE_CREATE)) {
            VirtualInterface vif = kit.activeVirtualInterface(kit.activeConnection("tck-secret-line"), 105);
            texts.add(vif.toString());
            texts.add(String.valueOf(vif.bgp()));
        }
        texts.add(good.toString());
        texts.add(kit.client().toString());

        assertThat(texts).noneMatch(text -> secrets.stream().anyMatch(text::contains));
        assertThat(LogCapture.linesContaining(secrets)).isEmpty();
    }
}
