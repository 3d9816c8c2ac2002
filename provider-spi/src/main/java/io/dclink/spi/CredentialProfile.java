package io.dclink.spi;

import io.dclink.auth.Credentials;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The profile file a provider's own command-line tool keeps its credentials and region in (for
 * example {@code ~/.tccli/default.credential}), the last link of the default credentials chain.
 * Implementations read the file on each call and never print its secrets.
 */
public interface CredentialProfile {

    /**
     * {@return where the file is, relative to the home directory, for messages and docs, e.g.
     * {@code ".aliyun/config.json"}}
     */
    String location();

    /**
     * Reads the credentials of the tool's current profile.
     *
     * @param home the home directory the file is under
     * @return the credentials, or empty when there is no file or it holds no usable credentials
     * @throws IllegalArgumentException if the file exists but cannot be read as the tool writes it
     *     (the message names the file, never a secret)
     */
    Optional<Credentials> credentials(Path home);

    /**
     * Reads the region of the tool's current profile.
     *
     * @param home the home directory the file is under
     * @return the region, or empty when there is no file or it names none
     * @throws IllegalArgumentException if the file exists but cannot be read as the tool writes it
     */
    Optional<String> region(Path home);
}
