package io.dclink.core.testplugin;

import io.dclink.auth.Credentials;
import io.dclink.spi.CredentialProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Alpha's tool keeps {@code access_key}, {@code secret_key} and {@code region} lines in {@code ~/.alpha/profile}. */
final class AlphaProfile implements CredentialProfile {

    static final String LOCATION = ".alpha/profile";

    @Override
    public String location() {
        return LOCATION;
    }

    @Override
    public Optional<Credentials> credentials(Path home) {
        Map<String, String> values = read(home);
        String id = values.get("access_key");
        String secret = values.get("secret_key");
        return id == null || secret == null ? Optional.empty() : Optional.of(Credentials.accessKey(id, secret));
    }

    @Override
    public Optional<String> region(Path home) {
        return Optional.ofNullable(read(home).get("region"));
    }

    private static Map<String, String> read(Path home) {
        Path file = home.resolve(LOCATION);
        Map<String, String> values = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank() && !line.contains("=")) {
                    throw new IllegalArgumentException("the profile file " + file + " has a line without '='");
                }
                if (!line.isBlank()) {
                    values.put(line.substring(0, line.indexOf('=')).strip(), line.substring(line.indexOf('=') + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }
}
