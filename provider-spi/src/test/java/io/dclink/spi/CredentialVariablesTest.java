package io.dclink.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.auth.AccessKeyCredentials;
import io.dclink.auth.ApiKeyCredentials;
import io.dclink.auth.Credentials;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialVariablesTest {

    private static final CredentialVariables KEYS =
            CredentialVariables.accessKey("a key pair", "ID", "SECRET", "TOKEN");
    private static final CredentialVariables API_KEY = CredentialVariables.apiKey("an API key", "API_KEY");

    @Test
    void oneDeclarationListsAndReadsTheVariables() {
        assertThat(KEYS.names()).containsExactly("ID", "SECRET", "TOKEN");
        assertThat(KEYS.requiredNames()).containsExactly("ID", "SECRET");
        assertThat(KEYS.read(Map.of("ID", "i", "SECRET", "s"))).get().isInstanceOfSatisfying(AccessKeyCredentials.class,
                keys -> {
                    assertThat(keys.accessKeyId()).isEqualTo("i");
                    assertThat(keys.securityToken()).isNull();
                });
        assertThat(KEYS.read(Map.of("ID", "i", "SECRET", "s", "TOKEN", "t"))).get()
                .isInstanceOfSatisfying(AccessKeyCredentials.class, keys -> assertThat(keys.securityToken().reveal()).isEqualTo("t"));
        assertThat(API_KEY.names()).containsExactly("API_KEY");
        assertThat(API_KEY.read(Map.of("API_KEY", "k"))).get().isInstanceOf(ApiKeyCredentials.class);
    }

    @Test
    void blankOrMissingVariablesReadAsNothing() {
        assertThat(KEYS.read(Map.of("ID", "i"))).isEmpty();
        assertThat(KEYS.read(Map.of("ID", " ", "SECRET", "s"))).isEmpty();
        assertThat(API_KEY.read(Map.of())).isEmpty();
    }

    @Test
    void theKindIsChecked() {
        assertThat(KEYS.accepts(Credentials.accessKey("i", "s"))).isTrue();
        assertThat(KEYS.accepts(Credentials.apiKey("k"))).isFalse();
        assertThat(KEYS.description()).isEqualTo("a key pair (Credentials.accessKey)");
        assertThat(API_KEY.description()).isEqualTo("an API key (Credentials.apiKey)");
    }
}
