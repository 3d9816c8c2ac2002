package io.dclink.auth;

/**
 * Fetches fresh credentials, for keys that expire: implement it with your STS call (Tencent
 * Cloud's {@code AssumeRole}, Alibaba Cloud's {@code AssumeRole}, JD Cloud's STS) or your vault.
 * A client built with {@code DirectConnectBuilder.refreshingCredentials(supplier)} calls it when it
 * is built and again before the current credentials expire ({@code 5} minutes ahead, by the
 * client's clock), from whichever thread is about to sign a request, one call at a time; every
 * request signs with the credentials current when it is sent.
 */
@FunctionalInterface
public interface CredentialsSupplier {

    /**
     * {@return freshly fetched credentials, valid for a while, and when they expire}
     *
     * @throws RuntimeException if they cannot be fetched: the client goes on with the current
     *     credentials while they are valid, and fails its calls with an
     *     {@link io.dclink.error.AuthenticationException} once they are not
     */
    ExpiringCredentials fetch();
}
