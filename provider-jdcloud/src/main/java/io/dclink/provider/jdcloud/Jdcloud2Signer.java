package io.dclink.provider.jdcloud;

import io.dclink.auth.AccessKeyCredentials;
import io.dclink.kit.http.Hashing;
import io.dclink.kit.http.HostHeader;
import io.dclink.spi.RequestSigner;
import io.dclink.spi.SigningRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * JD Cloud's {@code JDCLOUD2-HMAC-SHA256}, as the Java SDK signs: {@code content-type}, {@code host},
 * {@code x-jdcloud-date} and {@code x-jdcloud-nonce} (and {@code x-jdcloud-security-token} for
 * temporary keys), scoped to {@code date/region/service/jdcloud2_request}, with a key derived from
 * {@code "JDCLOUD2" + secret}. The runtime signs every attempt afresh: each gets the clock's date and
 * a new nonce, retries included.
 */
final class Jdcloud2Signer implements RequestSigner {

    static final String ALGORITHM = "JDCLOUD2-HMAC-SHA256";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final String service;
    private final String region;
    private final Supplier<AccessKeyCredentials> credentials;
    private final Supplier<String> nonces;

    /**
     * A signer for one service and region, with random nonces.
     *
     * @param service the service code, e.g. {@code bgw}
     * @param region the region id, e.g. {@code cn-north-1}
     * @param credentials the key pair
     */
    Jdcloud2Signer(String service, String region, AccessKeyCredentials credentials) {
        this(service, region, credentials, () -> UUID.randomUUID().toString());
    }

    /** A signer with random nonces that signs each request with the credentials current at that moment. */
    Jdcloud2Signer(String service, String region, Supplier<AccessKeyCredentials> credentials) {
        this(service, region, credentials, () -> UUID.randomUUID().toString());
    }

    /** A signer whose nonces come from a supplier (the published vectors fix them). */
    Jdcloud2Signer(String service, String region, AccessKeyCredentials credentials, Supplier<String> nonces) {
        this(service, region, () -> credentials, nonces);
        Objects.requireNonNull(credentials, "credentials");
    }

    /** A signer that signs each request with the credentials current at that moment (they may be refreshed). */
    Jdcloud2Signer(String service, String region, Supplier<AccessKeyCredentials> credentials, Supplier<String> nonces) {
        this.service = Objects.requireNonNull(service, "service");
        this.region = Objects.requireNonNull(region, "region");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
    }

    @Override
    public Map<String, String> sign(SigningRequest request) {
        AccessKeyCredentials credentials = this.credentials.get();
        String date = DATE.format(request.timestamp());
        String nonce = nonces.get();
        Map<String, String> signed = new LinkedHashMap<>();
        String contentType = header(request.headers(), "content-type");
        if (contentType != null) {
            signed.put("content-type", contentType);
        }
        signed.put("host", HostHeader.of(request.uri()));
        signed.put("x-jdcloud-date", date);
        signed.put("x-jdcloud-nonce", nonce);
        Map<String, String> added = new LinkedHashMap<>();
        added.put("x-jdcloud-date", date);
        added.put("x-jdcloud-nonce", nonce);
        if (credentials.securityToken() != null) {
            signed.put("x-jdcloud-security-token", credentials.securityToken().reveal());
            added.put("x-jdcloud-security-token", credentials.securityToken().reveal());
        }
        String canonical = CanonicalRequest.of(request.method(), request.uri().getRawPath(), request.uri().getRawQuery(),
                signed, request.body());
        added.put("Authorization", authorization(credentials, canonical, signed.keySet().stream().sorted().toList(), date));
        return added;
    }

    /** The {@code Authorization} header of a canonical request signed at a date. */
    String authorization(String canonicalRequest, List<String> signedHeaderNames, String date) {
        return authorization(credentials.get(), canonicalRequest, signedHeaderNames, date);
    }

    private String authorization(AccessKeyCredentials credentials, String canonicalRequest, List<String> signedHeaderNames,
            String date) {
        String day = date.substring(0, 8);
        String scope = day + "/" + region + "/" + service + "/jdcloud2_request";
        String toSign = ALGORITHM + "\n" + date + "\n" + scope + "\n" + Hashing.sha256Hex(canonicalRequest);
        String signature = Hashing.hex(Hashing.hmacSha256(signingKey(credentials.secretKey().reveal(), day, region, service),
                toSign));
        return ALGORITHM + " Credential=" + credentials.accessKeyId() + "/" + scope + ", SignedHeaders="
                + String.join(";", signedHeaderNames) + ", Signature=" + signature;
    }

    /** The key of a day, region and service: an HMAC chain from {@code "JDCLOUD2" + secret}. */
    static byte[] signingKey(String secret, String day, String region, String service) {
        byte[] key = Hashing.hmacSha256(("JDCLOUD2" + secret).getBytes(StandardCharsets.UTF_8), day);
        key = Hashing.hmacSha256(key, region);
        key = Hashing.hmacSha256(key, service);
        return Hashing.hmacSha256(key, "jdcloud2_request");
    }

    /** The date header's form of an instant: {@code 20240115T083000Z}. */
    static String date(Instant instant) {
        return DATE.format(instant);
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(name))
                .map(e -> String.join(",", e.getValue())).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return "Jdcloud2Signer[" + service + ", " + region + "]";
    }
}
