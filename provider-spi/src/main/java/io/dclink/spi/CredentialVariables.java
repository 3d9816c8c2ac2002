package io.dclink.spi;

import io.dclink.auth.AccessKeyCredentials;
import io.dclink.auth.ApiKeyCredentials;
import io.dclink.auth.Credentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The kind of credentials a provider signs with and where its own tools read them from: the
 * environment variables (one declaration that both lists them, for messages and the command line,
 * and reads them), the variable naming the region, and the profile file of the provider's
 * command-line tool. Immutable.
 */
public final class CredentialVariables {

    private final Class<? extends Credentials> kind;
    private final String description;
    private final String idVariable;
    private final String secretVariable;
    private final String tokenVariable;
    private final String regionVariable;
    private final CredentialProfile profile;

    private CredentialVariables(Class<? extends Credentials> kind, String description, String idVariable,
            String secretVariable, String tokenVariable, String regionVariable, CredentialProfile profile) {
        this.kind = kind;
        this.description = description;
        this.idVariable = idVariable;
        this.secretVariable = secretVariable;
        this.tokenVariable = tokenVariable;
        this.regionVariable = regionVariable;
        this.profile = profile;
    }

    /**
     * An access-key pair, with an optional session token for temporary keys.
     *
     * @param description what the provider calls it, e.g. {@code "a SecretId/SecretKey pair"}
     * @param idVariable the variable holding the key id
     * @param secretVariable the variable holding the secret
     * @param tokenVariable the variable holding a temporary key's token, or {@code null}
     * @return the declaration
     */
    public static CredentialVariables accessKey(String description, String idVariable, String secretVariable,
            String tokenVariable) {
        return new CredentialVariables(AccessKeyCredentials.class, Objects.requireNonNull(description, "description"),
                Objects.requireNonNull(idVariable, "idVariable"), Objects.requireNonNull(secretVariable, "secretVariable"),
                tokenVariable, null, null);
    }

    /**
     * One API key.
     *
     * @param description what the provider calls it, e.g. {@code "an API key"}
     * @param keyVariable the variable holding the key
     * @return the declaration
     */
    public static CredentialVariables apiKey(String description, String keyVariable) {
        return new CredentialVariables(ApiKeyCredentials.class, Objects.requireNonNull(description, "description"),
                null, Objects.requireNonNull(keyVariable, "keyVariable"), null, null, null);
    }

    /**
     * The same declaration with the environment variable the provider's tools read the region from.
     *
     * @param variable e.g. {@code TENCENTCLOUD_REGION}
     * @return the declaration
     */
    public CredentialVariables withRegionVariable(String variable) {
        return new CredentialVariables(kind, description, idVariable, secretVariable, tokenVariable,
                Objects.requireNonNull(variable, "variable"), profile);
    }

    /**
     * The same declaration with the profile file of the provider's command-line tool.
     *
     * @param value the profile file
     * @return the declaration
     */
    public CredentialVariables withProfile(CredentialProfile value) {
        return new CredentialVariables(kind, description, idVariable, secretVariable, tokenVariable, regionVariable,
                Objects.requireNonNull(value, "value"));
    }

    /**
     * {@return the environment variable the provider's tools read the region from, or empty where the
     * provider has none (or no regions)}
     */
    public Optional<String> regionVariable() {
        return Optional.ofNullable(regionVariable);
    }

    /** {@return the profile file of the provider's command-line tool, or empty where the provider's tools keep none} */
    public Optional<CredentialProfile> profile() {
        return Optional.ofNullable(profile);
    }

    /**
     * Reads the credentials from Java system properties named after the provider:
     * {@code dclink.<provider>.accessKeyId}, {@code .secretKey} and {@code .securityToken} for an
     * access key, {@code dclink.<provider>.apiKey} for an API key.
     *
     * @param providerId the provider id
     * @param properties the system properties (normally {@link System#getProperties()})
     * @return the credentials, or empty unless every required property is set and not blank
     */
    public Optional<Credentials> readProperties(String providerId, Map<String, String> properties) {
        String prefix = "dclink." + providerId + ".";
        if (kind == ApiKeyCredentials.class) {
            return Optional.ofNullable(value(properties, prefix + "apiKey")).map(Credentials::apiKey);
        }
        String id = value(properties, prefix + "accessKeyId");
        String secret = value(properties, prefix + "secretKey");
        if (id == null || secret == null) {
            return Optional.empty();
        }
        String token = value(properties, prefix + "securityToken");
        return Optional.of(token == null ? Credentials.accessKey(id, secret) : Credentials.temporaryAccessKey(id, secret, token));
    }

    /**
     * {@return the kind of credentials the provider needs: {@link AccessKeyCredentials} or
     * {@link ApiKeyCredentials}}
     */
    public Class<? extends Credentials> kind() {
        return kind;
    }

    /** {@return what the provider needs, for messages: {@code "a SecretId/SecretKey pair (Credentials.accessKey)"}} */
    public String description() {
        return description + (kind == AccessKeyCredentials.class ? " (Credentials.accessKey)" : " (Credentials.apiKey)");
    }

    /** {@return the variables, in the order they are read; the optional token last} */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        if (idVariable != null) {
            names.add(idVariable);
        }
        names.add(secretVariable);
        if (tokenVariable != null) {
            names.add(tokenVariable);
        }
        return List.copyOf(names);
    }

    /** {@return the variables that must be set, without the optional token} */
    public List<String> requiredNames() {
        return idVariable == null ? List.of(secretVariable) : List.of(idVariable, secretVariable);
    }

    /**
     * Reads the credentials.
     *
     * @param environment the environment (normally {@link System#getenv()})
     * @return the credentials, or empty unless every required variable is set and not blank
     */
    public Optional<Credentials> read(Map<String, String> environment) {
        String secret = value(environment, secretVariable);
        if (secret == null) {
            return Optional.empty();
        }
        if (kind == ApiKeyCredentials.class) {
            return Optional.of(Credentials.apiKey(secret));
        }
        String id = value(environment, idVariable);
        if (id == null) {
            return Optional.empty();
        }
        String token = tokenVariable == null ? null : value(environment, tokenVariable);
        return Optional.of(token == null ? Credentials.accessKey(id, secret) : Credentials.temporaryAccessKey(id, secret, token));
    }

    /**
     * Whether credentials are of the kind the provider needs.
     *
     * @param credentials the credentials
     * @return {@code true} if they fit
     */
    public boolean accepts(Credentials credentials) {
        return kind.isInstance(credentials);
    }

    private static String value(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String toString() {
        return "CredentialVariables" + names();
    }
}
