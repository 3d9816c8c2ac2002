package io.dclink.provider.jdcloud;

import io.dclink.auth.Credentials;
import io.dclink.kit.profile.ProfileFiles;
import io.dclink.spi.CredentialProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The current profile of JD Cloud's CLI, jdc: the INI file {@code ~/.jdc/config}, one section per
 * profile with {@code access_key}, {@code secret_key} and {@code region_id}; the current profile's
 * name in {@code ~/.jdc/current}, else {@code default}. UNVERIFIED: the layout follows the jdc CLI's
 * {@code jdc configure add} as described in its README, not a published schema.
 */
final class JdcProfile implements CredentialProfile {

    static final String CONFIG = ".jdc/config";
    static final String CURRENT = ".jdc/current";

    @Override
    public String location() {
        return CONFIG;
    }

    @Override
    public Optional<Credentials> credentials(Path home) {
        return current(home).flatMap(section -> Optional.ofNullable(blankless(section.get("access_key")))
                .flatMap(id -> Optional.ofNullable(blankless(section.get("secret_key")))
                        .map(secret -> Credentials.accessKey(id, secret))));
    }

    @Override
    public Optional<String> region(Path home) {
        return current(home).map(section -> blankless(section.get("region_id")));
    }

    private static Optional<Map<String, String>> current(Path home) {
        return ProfileFiles.ini(home.resolve(CONFIG)).map(sections -> sections.get(currentName(home)));
    }

    private static String currentName(Path home) {
        Path current = home.resolve(CURRENT);
        try {
            String name = Files.isRegularFile(current) ? Files.readString(current).strip() : "";
            return name.isEmpty() ? "default" : name;
        } catch (java.io.IOException unreadable) {
            throw new IllegalArgumentException("the profile file " + current + " cannot be read");
        }
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
