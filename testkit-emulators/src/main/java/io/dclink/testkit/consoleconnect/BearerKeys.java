package io.dclink.testkit.consoleconnect;

import io.dclink.testkit.emulator.EmulatorRequest;
import io.dclink.testkit.emulator.KeyRing;
import java.util.Optional;

/**
 * The API key check: {@code Authorization: Bearer <key>}, the key being a key id of the emulator's
 * {@link KeyRing} ({@link KeyRing#TEST_KEY_ID} for the test key). The deprecated
 * {@code portal-token} header is not accepted: the emulator issues no portal tokens (its login
 * refuses every password), so a portal token is an unknown one, answered 401 as the service answers
 * an unknown token.
 */
final class BearerKeys {

    private static final String SCHEME = "Bearer ";

    private BearerKeys() {
    }

    /**
     * The account whose key a request carries.
     *
     * @param request the request
     * @param keys the keys accepted
     * @return the account, or empty if the request carries no known key
     */
    static Optional<String> account(EmulatorRequest request, KeyRing keys) {
        String header = request.header("authorization");
        // UNVERIFIED: that the scheme is matched without regard to case, as RFC 7235 has it
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String key = header.substring(SCHEME.length()).trim();
        return key.isEmpty() ? Optional.empty() : keys.find(key).map(KeyRing.Key::account);
    }
}
