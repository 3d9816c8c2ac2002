package io.dclink.testkit.jdcloud;

import com.jdcloud.sdk.auth.Credentials;
import com.jdcloud.sdk.auth.sign.JdCloudSigner;
import com.jdcloud.sdk.http.DefaultSdkHttpFullRequest;
import com.jdcloud.sdk.http.SdkHttpMethod;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JD Cloud's own signer ({@code com.jdcloud.sdk:core}'s {@code JdCloudSigner}) as an oracle: the
 * emulator's verifier was written from the reference, this signer by JD Cloud. As in the SDK's
 * client, the resource path is handed over already encoded ({@code :} as {@code %3A}), and the
 * {@code Content-Type} and {@code x-jdcloud-nonce} headers are set before signing.
 */
final class OfficialSigner {

    private OfficialSigner() {
    }

    /**
     * Signs a request.
     *
     * @param method the HTTP method
     * @param endpoint scheme, host and port
     * @param encodedPath the path as it goes on the request line
     * @param query the decoded query parameters, repeated names allowed
     * @param body the body bytes
     * @param service the scope's service
     * @param region the scope's region
     * @param at the signing time
     * @param nonce the nonce
     * @param keyId the access key
     * @param secret the secret
     * @return the headers to send, {@code Authorization} included, by name
     */
    static Map<String, List<String>> sign(String method, URI endpoint, String encodedPath, List<Map.Entry<String, String>> query,
            byte[] body, String service, String region, Instant at, String nonce, String keyId, String secret) {
        JdCloudSigner signer = new JdCloudSigner();
        signer.setServiceName(service);
        signer.setRegionName(region);
        signer.setOverrideDate(Date.from(at));
        DefaultSdkHttpFullRequest.Builder request = DefaultSdkHttpFullRequest.builder().httpMethod(SdkHttpMethod.valueOf(method))
                .endpoint(endpoint).resourcePath(encodedPath).header("Content-Type", "application/json")
                .header("x-jdcloud-nonce", nonce).content(new ByteArrayInputStream(body));
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        query.forEach(p -> grouped.computeIfAbsent(p.getKey(), k -> new java.util.ArrayList<>()).add(p.getValue()));
        grouped.forEach(request::queryParameter);
        return signer.sign(request, new Credentials(keyId, secret)).getHeaders();
    }
}
