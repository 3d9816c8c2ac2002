package io.dclink.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.auth.AccessKeyCredentials;
import io.dclink.auth.Credentials;
import io.dclink.error.ValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessKeysTest {

    @Test
    void aPairIsReadOnlyWhenBothHalvesAreSetAndATokenMakesItTemporary() {
        assertThat(AccessKeys.fromEnvironment(Map.of("ID", "id-1", "SECRET", "s3cret"), "ID", "SECRET", "TOKEN"))
                .hasValueSatisfying(credentials -> {
                    AccessKeyCredentials pair = (AccessKeyCredentials) credentials;
                    assertThat(pair.accessKeyId()).isEqualTo("id-1");
                    assertThat(pair.secretKey().reveal()).isEqualTo("s3cret");
                    assertThat(pair.securityToken()).isNull();
                });
        assertThat(AccessKeys.fromEnvironment(Map.of("ID", "id-1", "SECRET", "s3cret", "TOKEN", "t"), "ID", "SECRET", "TOKEN"))
                .hasValueSatisfying(credentials -> assertThat(((AccessKeyCredentials) credentials).securityToken().reveal())
                        .isEqualTo("t"));
        assertThat(AccessKeys.fromEnvironment(Map.of("ID", "id-1", "SECRET", " "), "ID", "SECRET", "TOKEN")).isEmpty();
        assertThat(AccessKeys.fromEnvironment(Map.of("SECRET", "s3cret"), "ID", "SECRET", "TOKEN")).isEmpty();
    }

    @Test
    void anotherKindOfCredentialsIsAValidationErrorNamingWhatIsNeeded() {
        assertThatThrownBy(() -> AccessKeys.require(Credentials.apiKey("k-1"), "tencent", "a SecretId/SecretKey pair"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("tencent needs a SecretId/SecretKey pair")
                .hasMessageNotContaining("k-1");
        assertThat(AccessKeys.require(Credentials.accessKey("a", "b"), "tencent", "x").accessKeyId()).isEqualTo("a");
    }
}
