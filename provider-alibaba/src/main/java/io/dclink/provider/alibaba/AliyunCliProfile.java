package io.dclink.provider.alibaba;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.auth.Credentials;
import io.dclink.kit.profile.ProfileFiles;
import io.dclink.spi.CredentialProfile;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The current profile of Alibaba Cloud's CLI, {@code ~/.aliyun/config.json}: {@code current} names
 * one of {@code profiles[]}; its {@code mode} {@code AK} holds {@code access_key_id} and
 * {@code access_key_secret}, {@code StsToken} those and {@code sts_token}; {@code region_id} is its
 * region. The other modes (a RAM role to assume, an instance role) need calls dclink does not make,
 * and are refused with that explanation.
 */
final class AliyunCliProfile implements CredentialProfile {

    static final String LOCATION = ".aliyun/config.json";

    @Override
    public String location() {
        return LOCATION;
    }

    @Override
    public Optional<Credentials> credentials(Path home) {
        return current(home).flatMap(profile -> {
            String mode = ProfileFiles.text(profile, "mode").orElse("AK");
            Optional<String> id = ProfileFiles.text(profile, "access_key_id");
            Optional<String> secret = ProfileFiles.text(profile, "access_key_secret");
            if (mode.equals("AK")) {
                return id.flatMap(i -> secret.map(s -> Credentials.accessKey(i, s)));
            }
            if (mode.equals("StsToken")) {
                Optional<String> token = ProfileFiles.text(profile, "sts_token");
                return id.flatMap(i -> secret.flatMap(s -> token.map(t -> Credentials.temporaryAccessKey(i, s, t))));
            }
            throw new IllegalArgumentException("the current profile of " + home.resolve(LOCATION) + " is of mode "
                    + mode + ", which dclink does not read: only AK and StsToken profiles hold the keys themselves");
        });
    }

    @Override
    public Optional<String> region(Path home) {
        return current(home).flatMap(profile -> ProfileFiles.text(profile, "region_id"));
    }

    private static Optional<JsonNode> current(Path home) {
        return ProfileFiles.json(home.resolve(LOCATION)).flatMap(config -> {
            String name = ProfileFiles.text(config, "current").orElse("default");
            for (JsonNode profile : config.path("profiles")) {
                if (name.equals(profile.path("name").asText())) {
                    return Optional.of(profile);
                }
            }
            return Optional.empty();
        });
    }
}
