package io.dclink.auth;

import java.util.List;
import java.util.Objects;

/**
 * A bearer API key.
 *
 * @param apiKey the key
 */
public record ApiKeyCredentials(Secret apiKey) implements Credentials {

    /**
     * Validates the component.
     *
     * @param apiKey the key
     */
    public ApiKeyCredentials {
        Objects.requireNonNull(apiKey, "apiKey");
    }

    @Override
    public List<Secret> secrets() {
        return List.of(apiKey);
    }

    @Override
    public String toString() {
        return "ApiKeyCredentials[apiKey=****]";
    }
}
