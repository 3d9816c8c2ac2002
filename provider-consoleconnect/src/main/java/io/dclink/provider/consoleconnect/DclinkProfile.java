package io.dclink.provider.consoleconnect;

import io.dclink.auth.Credentials;
import io.dclink.kit.profile.ProfileFiles;
import io.dclink.spi.CredentialProfile;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Console Connect has no command-line tool of its own, so dclink keeps its key where the clouds'
 * tools keep theirs: {@code ~/.dclink/consoleconnect.json}, {@code {"apiKey": "…"}}. No region:
 * Console Connect has none.
 */
final class DclinkProfile implements CredentialProfile {

    static final String LOCATION = ".dclink/consoleconnect.json";

    @Override
    public String location() {
        return LOCATION;
    }

    @Override
    public Optional<Credentials> credentials(Path home) {
        return ProfileFiles.json(home.resolve(LOCATION)).flatMap(file -> ProfileFiles.text(file, "apiKey"))
                .map(Credentials::apiKey);
    }

    @Override
    public Optional<String> region(Path home) {
        return Optional.empty();
    }
}
