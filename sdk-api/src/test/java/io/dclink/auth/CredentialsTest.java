package io.dclink.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialsTest {

    private static final String SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    private static final String TOKEN = "session-token-value-123";

    @Test
    void accessKeyCredentialsPrintNeitherSecretNorToken() {
        AccessKeyCredentials credentials = Credentials.temporaryAccessKey("AKIDz8krbsJ5yKBZ", SECRET_KEY, TOKEN);

        assertThat(credentials.toString())
                .doesNotContain(SECRET_KEY)
                .doesNotContain(TOKEN)
                .doesNotContain("AKIDz8krbsJ5yKBZ")
                .contains("AKID****");
        assertThat(credentials.secrets()).extracting(Secret::reveal).containsExactly(SECRET_KEY, TOKEN);
    }

    @Test
    void apiKeyCredentialsPrintMasked() {
        ApiKeyCredentials credentials = Credentials.apiKey("cc-api-key-987");

        assertThat(credentials.toString()).isEqualTo("ApiKeyCredentials[apiKey=****]");
        assertThat(credentials.apiKey().reveal()).isEqualTo("cc-api-key-987");
    }

    @Test
    void secretsCompareByValueAndNeverPrint() {
        Secret one = Secret.of("abc");

        assertThat(one).isEqualTo(Secret.of("abc")).isNotEqualTo(Secret.of("abd"));
        assertThat(one.hashCode()).isEqualTo(Secret.of("zzz").hashCode());
        assertThat(String.valueOf(one)).isEqualTo("****");
        assertThat(Secret.ofNullable(null)).isNull();
    }
}
