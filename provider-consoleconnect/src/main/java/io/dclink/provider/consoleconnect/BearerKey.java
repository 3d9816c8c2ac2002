package io.dclink.provider.consoleconnect;

import io.dclink.auth.ApiKeyCredentials;
import io.dclink.spi.RequestSigner;
import io.dclink.spi.SigningRequest;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Console Connect's authentication: the API key as {@code Authorization: Bearer <key>} on every
 * request; nothing is signed. The key is revealed only into that header, which the runtime logs as
 * {@code ****}.
 */
final class BearerKey implements RequestSigner {

    private final Supplier<ApiKeyCredentials> credentials;

    /** Sends, on each request, the key current at that moment (it may be refreshed). */
    BearerKey(Supplier<ApiKeyCredentials> credentials) {
        this.credentials = credentials;
    }

    @Override
    public Map<String, String> sign(SigningRequest request) {
        return Map.of("Authorization", "Bearer " + credentials.get().apiKey().reveal());
    }

    @Override
    public String toString() {
        return "BearerKey[****]";
    }
}
