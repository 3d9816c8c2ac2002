package io.dclink.provider.tencent;

import io.dclink.auth.Credentials;
import io.dclink.kit.profile.ProfileFiles;
import io.dclink.spi.CredentialProfile;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The default profile of Tencent Cloud's CLI, tccli: {@code ~/.tccli/default.credential}
 * ({@code {"secretId", "secretKey"}}, as {@code tccli configure} writes it) and the region in
 * {@code ~/.tccli/default.configure} under {@code _sys_param.region} (UNVERIFIED: the configure
 * file's layout is read from tccli's behaviour, not a published schema).
 */
final class TccliProfile implements CredentialProfile {

    static final String CREDENTIAL = ".tccli/default.credential";
    static final String CONFIGURE = ".tccli/default.configure";

    @Override
    public String location() {
        return CREDENTIAL;
    }

    @Override
    public Optional<Credentials> credentials(Path home) {
        return ProfileFiles.json(home.resolve(CREDENTIAL)).flatMap(file -> ProfileFiles.text(file, "secretId")
                .flatMap(id -> ProfileFiles.text(file, "secretKey").map(key -> Credentials.accessKey(id, key))));
    }

    @Override
    public Optional<String> region(Path home) {
        return ProfileFiles.json(home.resolve(CONFIGURE)).flatMap(file -> ProfileFiles.text(file.path("_sys_param"),
                "region"));
    }
}
