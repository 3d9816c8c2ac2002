package io.dclink.auth;

/**
 * Credentials for one provider account: an access key pair (Tencent Cloud, Alibaba Cloud,
 * JD Cloud) or an API key (Console Connect). Implementations print without their secrets.
 */
public sealed interface Credentials permits AccessKeyCredentials, ApiKeyCredentials {

    /**
     * An access key pair.
     *
     * @param accessKeyId the key id (SecretId, AccessKeyId, AccessKey)
     * @param secretKey the secret key
     * @return the credentials
     */
    static AccessKeyCredentials accessKey(String accessKeyId, String secretKey) {
        return new AccessKeyCredentials(accessKeyId, Secret.of(secretKey), null);
    }

    /**
     * A temporary (STS) access key pair with its session token.
     *
     * @param accessKeyId the key id
     * @param secretKey the secret key
     * @param securityToken the session token
     * @return the credentials
     */
    static AccessKeyCredentials temporaryAccessKey(String accessKeyId, String secretKey, String securityToken) {
        return new AccessKeyCredentials(accessKeyId, Secret.of(secretKey), Secret.of(securityToken));
    }

    /**
     * A bearer API key.
     *
     * @param apiKey the key
     * @return the credentials
     */
    static ApiKeyCredentials apiKey(String apiKey) {
        return new ApiKeyCredentials(Secret.of(apiKey));
    }

    /**
     * Every secret value these credentials hold, so that the runtime can scrub them from any text
     * it produces.
     *
     * @return the secrets
     */
    java.util.List<Secret> secrets();
}
