package io.dclink.core.auth;

import io.dclink.auth.AccessKeyCredentials;
import io.dclink.auth.Credentials;
import io.dclink.error.ErrorContext;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Access-key pairs, as most providers' own tools read them from the environment. */
public final class AccessKeys {

    private AccessKeys() {
    }

    /**
     * The key pair in the environment, with a session token when one is set.
     *
     * @param environment the environment
     * @param idVariable the variable holding the key id
     * @param secretVariable the variable holding the secret
     * @param tokenVariable the variable holding a temporary key's token
     * @return the credentials, or empty unless both the id and the secret are set and not blank
     */
    public static Optional<Credentials> fromEnvironment(Map<String, String> environment, String idVariable,
            String secretVariable, String tokenVariable) {
        String id = environment.get(idVariable);
        String secret = environment.get(secretVariable);
        if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        String token = environment.get(tokenVariable);
        return Optional.of(token == null || token.isBlank()
                ? Credentials.accessKey(id, secret) : Credentials.temporaryAccessKey(id, secret, token));
    }

    /**
     * The credentials as an access-key pair, or a validation error naming what the provider needs.
     *
     * @param credentials the client's credentials
     * @param provider the provider id
     * @param needed what the provider needs, e.g. {@code "a SecretId/SecretKey pair (Credentials.accessKey)"}
     * @return the pair
     * @throws ValidationException if the credentials are of another kind
     */
    public static AccessKeyCredentials require(Credentials credentials, String provider, String needed) {
        if (credentials instanceof AccessKeyCredentials pair) {
            return pair;
        }
        throw new ValidationException(ErrorContext.of(provider), List.of(new Problem("credentials", provider + " needs "
                + needed)));
    }
}
