package io.dclink.core.internal;

import io.dclink.ClientConfiguration;
import io.dclink.auth.Credentials;
import io.dclink.spi.CredentialProfile;
import io.dclink.spi.CredentialVariables;
import java.util.Optional;

/**
 * Where a client's credentials and region come from when the builder was given none, first found
 * wins: the Java system properties {@code dclink.<provider>.*}, then the provider's usual
 * environment variables, then the profile file of the provider's own command-line tool under the
 * home directory.
 */
final class DefaultChain {

    private final String providerId;
    private final CredentialVariables declared;
    private final ClientConfiguration configuration;

    DefaultChain(String providerId, CredentialVariables declared, ClientConfiguration configuration) {
        this.providerId = providerId;
        this.declared = declared;
        this.configuration = configuration;
    }

    Optional<Credentials> credentials() {
        return Optional.ofNullable(configuration.credentials())
                .or(() -> declared.readProperties(providerId, configuration.systemProperties()))
                .or(() -> declared.read(configuration.environment()))
                .or(() -> declared.profile().flatMap(profile -> profile.credentials(configuration.home())));
    }

    Optional<String> region() {
        return Optional.ofNullable(configuration.region())
                .or(() -> present(configuration.systemProperties().get("dclink." + providerId + ".region")))
                .or(() -> declared.regionVariable().flatMap(variable -> present(configuration.environment().get(variable))))
                .or(() -> declared.profile().flatMap(profile -> profile.region(configuration.home())));
    }

    /** Where the chain looked, for the message when it found nothing. */
    String searched(String what) {
        String properties = what.equals("region") ? "dclink." + providerId + ".region" : "dclink." + providerId + ".*";
        String variables = what.equals("region") ? declared.regionVariable().map(String::valueOf).orElse(null)
                : String.join(", ", declared.requiredNames());
        return "the system properties " + properties + (variables == null ? "" : ", the environment variables "
                + variables) + declared.profile().map(CredentialProfile::location)
                .map(location -> " and the profile files in " + configuration.home().resolve(location).getParent())
                .orElse("");
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
