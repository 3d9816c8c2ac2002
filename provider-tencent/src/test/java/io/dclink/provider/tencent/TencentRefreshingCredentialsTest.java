package io.dclink.provider.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.DirectConnect;
import io.dclink.auth.Credentials;
import io.dclink.auth.ExpiringCredentials;
import io.dclink.error.AuthenticationException;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.KeyRing;
import io.dclink.testkit.tencent.TencentEmulator;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Tencent plugin signs each request with the credentials current when it is sent: after the
 * refresh, the emulator sees the new key (here a revoked one, which it refuses).
 */
class TencentRefreshingCredentialsTest {

    private final TencentEmulator emulator = new TencentEmulator(EmulatorOptions.defaults());
    private final Deque<Credentials> keys = new ArrayDeque<>();

    TencentRefreshingCredentialsTest() {
        emulator.start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void requestsAfterTheRefreshAreSignedWithTheNewKey() {
        keys.add(Credentials.accessKey(KeyRing.TEST_KEY_ID, KeyRing.TEST_SECRET));
        keys.add(Credentials.accessKey("AKIDREVOKEDKEY000000001", "revoked-secret"));

        try (DirectConnect client = DirectConnect.builder().provider("tencent").region(emulator.region())
                .endpoint(emulator.baseUri()).clock(emulator.clock())
                .refreshingCredentials(() -> new ExpiringCredentials(keys.removeFirst(),
                        emulator.clock().instant().plus(Duration.ofHours(1))))
                .build()) {
            assertThat(client.connections().list().stream().count()).isZero();
            emulator.clock().advance(Duration.ofMinutes(56));

            assertThatThrownBy(() -> client.connections().list().stream().count())
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageNotContaining("revoked-secret");
        }
        assertThat(keys).as("both keys were fetched").isEmpty();
    }
}
