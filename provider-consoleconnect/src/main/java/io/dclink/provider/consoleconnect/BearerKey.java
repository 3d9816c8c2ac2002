package io.dclink.provider.consoleconnect;

import io.dclink.auth.ApiKeyCredentials;
import io.dclink.auth.Secret;
import io.dclink.spi.RequestSigner;
import io.dclink.spi.SigningRequest;
import java.util.Map;

/**
 * Console Connect's authentication: the API key as {@code Authorization: Bearer <key>} on every
 * request; nothing is signed. The key is revealed only into that header, which the runtime logs as
 * {@code ****}.
 */
final class BearerKey implements RequestSigner {

    private final Secret key;

    BearerKey(ApiKeyCredentials credentials) {
        this.key = credentials.apiKey();
    }

    @Override
    public Map<String, String> sign(SigningRequest request) {
        return Map.of("Authorization", "Bearer " + key.reveal());
    }

    @Override
    public String toString() {
        return "BearerKey[****]";
    }
}
