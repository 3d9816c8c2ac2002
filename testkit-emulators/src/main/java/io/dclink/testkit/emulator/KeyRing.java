package io.dclink.testkit.emulator;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys an emulator accepts, each belonging to an emulated account. Always contains the
 * documented test key pair ({@link #TEST_KEY_ID} / {@link #TEST_SECRET}, account
 * {@link #TEST_ACCOUNT}); any other key gets the provider's "unknown key" error.
 */
public final class KeyRing {

    /** The documented test key id every emulator accepts. */
    public static final String TEST_KEY_ID = "DCLINKTESTKEYID0000000001";
    /** The documented test secret every emulator accepts. */
    public static final String TEST_SECRET = "dclink-emulator-test-secret";
    /** The account of the test key pair. */
    public static final String TEST_ACCOUNT = "100000000001";

    /**
     * A key and its account.
     *
     * @param keyId the key id (or, for bearer keys, the key itself)
     * @param secret the secret
     * @param account the account it belongs to
     */
    public record Key(String keyId, String secret, String account) {
        @Override
        public String toString() {
            return "Key[keyId=" + keyId + ", secret=****, account=" + account + "]";
        }
    }

    private final Map<String, Key> keys = new ConcurrentHashMap<>();

    /** A key ring with only the test key pair. */
    public KeyRing() {
        add(TEST_KEY_ID, TEST_SECRET, TEST_ACCOUNT);
    }

    /**
     * Adds a key.
     *
     * @param keyId the key id
     * @param secret the secret
     * @param account its account
     * @return this
     */
    public KeyRing add(String keyId, String secret, String account) {
        keys.put(keyId, new Key(keyId, secret, account));
        return this;
    }

    /**
     * Adds the key pair found in two environment variables, if both are set, to a second account.
     *
     * @param environment the environment
     * @param idVariable the variable holding the key id
     * @param secretVariable the variable holding the secret
     * @return this
     */
    public KeyRing addFromEnvironment(Map<String, String> environment, String idVariable, String secretVariable) {
        String id = environment.get(idVariable);
        String secret = environment.get(secretVariable);
        if (id != null && !id.isBlank() && secret != null && !secret.isBlank()) {
            add(id, secret, "100000000002");
        }
        return this;
    }

    /**
     * Looks up a key.
     *
     * @param keyId the key id
     * @return the key, if known
     */
    public Optional<Key> find(String keyId) {
        return keyId == null ? Optional.empty() : Optional.ofNullable(keys.get(keyId));
    }
}
