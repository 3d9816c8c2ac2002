package io.dclink.auth;

/**
 * Credentials for one provider account: an access key pair (Tencent Cloud, Alibaba Cloud,
 * JD Cloud) or an API key (Console Connect). Implementations print without their secrets.
 */
public sealed interface Credentials permits AccessKeyCredentials, ApiKeyCredentials {

    /**
     * {@return an access key pair}
     *
     * @param accessKeyId the key id (SecretId, AccessKeyId, AccessKey)
     * @param secretKey the secret key
     */
    static AccessKeyCredentials accessKey(String accessKeyId, String secretKey) {
        return new AccessKeyCredentials(accessKeyId, Secret.of(secretKey), null);
    }

    /**
     * {@return a temporary (STS) access key pair with its session token}
     *
     * @param accessKeyId the key id
     * @param secretKey the secret key
     * @param securityToken the session token
     */
    static AccessKeyCredentials temporaryAccessKey(String accessKeyId, String secretKey, String securityToken) {
        return new AccessKeyCredentials(accessKeyId, Secret.of(secretKey), Secret.of(securityToken));
    }

    /**
     * {@return a bearer API key}
     *
     * @param apiKey the key
     */
    static ApiKeyCredentials apiKey(String apiKey) {
        return new ApiKeyCredentials(Secret.of(apiKey));
    }

    /** {@return every secret value these credentials hold, for the runtime to scrub from any text it produces} */
    java.util.List<Secret> secrets();
}
