package io.dclink.provider.tencent;

import io.dclink.auth.AccessKeyCredentials;
import io.dclink.kit.http.Hashing;
import io.dclink.kit.http.HostHeader;
import io.dclink.spi.RequestSigner;
import io.dclink.spi.SigningRequest;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Tencent Cloud API 3.0 signature (TC3-HMAC-SHA256). The service in the credential scope is the
 * API's ({@code dc} or {@code vpc}) whatever host the request goes to; the date is the UTC date of
 * the timestamp; the signed headers are {@code content-type;host}, plus {@code x-tc-action} when
 * asked (the newest documentation revision signs it; the official SDKs do not).
 */
final class Tc3Signer implements RequestSigner {

    static final String ALGORITHM = "TC3-HMAC-SHA256";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final String service;
    private final Supplier<AccessKeyCredentials> credentials;
    private final boolean signAction;

    Tc3Signer(String service, AccessKeyCredentials credentials, boolean signAction) {
        this(service, () -> credentials, signAction);
    }

    /** A signer that signs each request with the credentials current at that moment (they may be refreshed). */
    Tc3Signer(String service, Supplier<AccessKeyCredentials> credentials, boolean signAction) {
        this.service = service;
        this.credentials = credentials;
        this.signAction = signAction;
    }

    @Override
    public Map<String, String> sign(SigningRequest request) {
        AccessKeyCredentials credentials = this.credentials.get();
        long timestamp = request.timestamp().getEpochSecond();
        String date = DATE.format(request.timestamp());
        String signedHeaders = signAction ? "content-type;host;x-tc-action" : "content-type;host";
        String scope = date + "/" + service + "/tc3_request";
        String stringToSign = ALGORITHM + "\n" + timestamp + "\n" + scope + "\n"
                + Hashing.sha256Hex(canonicalRequest(request, signedHeaders));
        byte[] secretDate = Hashing.hmacSha256(("TC3" + credentials.secretKey().reveal()).getBytes(StandardCharsets.UTF_8), date);
        byte[] secretService = Hashing.hmacSha256(secretDate, service);
        byte[] secretSigning = Hashing.hmacSha256(secretService, "tc3_request");
        String signature = Hashing.hex(Hashing.hmacSha256(secretSigning, stringToSign));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", ALGORITHM + " Credential=" + credentials.accessKeyId() + "/" + scope
                + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature);
        headers.put("X-TC-Timestamp", Long.toString(timestamp));
        if (credentials.securityToken() != null) {
            headers.put("X-TC-Token", credentials.securityToken().reveal());
        }
        return headers;
    }

    /** The canonical request of the algorithm's step 1. */
    static String canonicalRequest(SigningRequest request, String signedHeaders) {
        StringBuilder headers = new StringBuilder();
        for (String name : signedHeaders.split(";")) {
            String value = name.equals("host") ? HostHeader.of(request.uri()) : header(request.headers(), name);
            headers.append(name).append(':').append(value.trim().toLowerCase(Locale.ROOT)).append('\n');
        }
        String query = "GET".equals(request.method()) && request.uri().getRawQuery() != null ? request.uri().getRawQuery() : "";
        return request.method() + "\n/\n" + query + "\n" + headers + "\n" + signedHeaders + "\n"
                + Hashing.sha256Hex(request.body());
    }

    private static String header(Map<String, List<String>> headers, String lowerName) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(lowerName) && !header.getValue().isEmpty()) {
                return header.getValue().get(0);
            }
        }
        throw new IllegalArgumentException("the request has no " + lowerName + " header to sign");
    }
}
