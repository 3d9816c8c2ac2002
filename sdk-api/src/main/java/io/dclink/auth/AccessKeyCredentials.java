package io.dclink.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An access key pair, optionally with a temporary session token.
 *
 * @param accessKeyId the key id; printed only as its first four characters
 * @param secretKey the secret key
 * @param securityToken the session token of temporary credentials, or {@code null}
 */
public record AccessKeyCredentials(String accessKeyId, Secret secretKey, Secret securityToken) implements Credentials {

    /**
     * Validates the components.
     *
     * @param accessKeyId the key id
     * @param secretKey the secret key
     * @param securityToken the session token, or {@code null}
     */
    public AccessKeyCredentials {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretKey, "secretKey");
    }

    @Override
    public List<Secret> secrets() {
        List<Secret> secrets = new ArrayList<>(2);
        secrets.add(secretKey);
        if (securityToken != null) {
            secrets.add(securityToken);
        }
        return List.copyOf(secrets);
    }

    @Override
    public String toString() {
        String shown = accessKeyId.length() <= 4 ? "****" : accessKeyId.substring(0, 4) + "****";
        return "AccessKeyCredentials[accessKeyId=" + shown + ", secretKey=****"
                + (securityToken == null ? "" : ", securityToken=****") + "]";
    }
}
