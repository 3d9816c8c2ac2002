package io.dclink.provider.alibaba;

import io.dclink.auth.AccessKeyCredentials;
import io.dclink.kit.http.Hashing;
import io.dclink.kit.http.HostHeader;
import io.dclink.kit.http.Percent;
import io.dclink.spi.RequestSigner;
import io.dclink.spi.SigningRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Alibaba Cloud's V3 signature, ACS3-HMAC-SHA256. Adds {@code x-acs-date}, a fresh
 * {@code x-acs-signature-nonce} and {@code x-acs-content-sha256}; signs {@code host},
 * {@code content-type} when present and every {@code x-acs-*} header, as the official SDK does.
 */
final class Acs3Signer implements RequestSigner {

    static final String ALGORITHM = "ACS3-HMAC-SHA256";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Supplier<AccessKeyCredentials> credentials;
    private final Supplier<String> nonces;

    /** A signer that signs each request with the credentials current at that moment (they may be refreshed). */
    Acs3Signer(Supplier<AccessKeyCredentials> credentials) {
        this(credentials, () -> UUID.randomUUID().toString().replace("-", ""));
    }

    Acs3Signer(AccessKeyCredentials credentials) {
        this(() -> credentials);
    }

    Acs3Signer(AccessKeyCredentials credentials, Supplier<String> nonces) {
        this(() -> credentials, nonces);
    }

    Acs3Signer(Supplier<AccessKeyCredentials> credentials, Supplier<String> nonces) {
        this.credentials = credentials;
        this.nonces = nonces;
    }

    @Override
    public Map<String, String> sign(SigningRequest request) {
        AccessKeyCredentials credentials = this.credentials.get();
        Map<String, String> added = new TreeMap<>();
        added.put("x-acs-date", DATE.format(request.timestamp()));
        added.put("x-acs-signature-nonce", nonces.get());
        added.put("x-acs-content-sha256", Hashing.sha256Hex(request.body()));
        if (credentials.securityToken() != null) {
            added.put("x-acs-security-token", credentials.securityToken().reveal());
        }
        TreeMap<String, String> signed = new TreeMap<>();
        signed.put("host", HostHeader.of(request.uri()));
        request.headers().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if ((lower.startsWith("x-acs-") || lower.equals("content-type")) && !values.isEmpty()) {
                signed.put(lower, values.get(0).trim());
            }
        });
        signed.putAll(added);
        String signedHeaders = String.join(";", signed.keySet());
        String signature = Hashing.hex(Hashing.hmacSha256(credentials.secretKey().reveal().getBytes(StandardCharsets.UTF_8),
                stringToSign(request, signed)));
        Map<String, String> headers = new TreeMap<>(added);
        headers.put("Authorization", ALGORITHM + " Credential=" + credentials.accessKeyId() + ",SignedHeaders="
                + signedHeaders + ",Signature=" + signature);
        return headers;
    }

    /** The string to sign: the algorithm and the hash of the canonical request. */
    static String stringToSign(SigningRequest request, TreeMap<String, String> signedHeaders) {
        return ALGORITHM + "\n" + Hashing.sha256Hex(canonicalRequest(request, signedHeaders));
    }

    static String canonicalRequest(SigningRequest request, TreeMap<String, String> signedHeaders) {
        StringBuilder headers = new StringBuilder();
        signedHeaders.forEach((name, value) -> headers.append(name).append(':').append(value).append('\n'));
        return request.method() + "\n/\n" + canonicalQuery(request.uri().getRawQuery()) + "\n" + headers + "\n"
                + String.join(";", signedHeaders.keySet()) + "\n" + Hashing.sha256Hex(request.body());
    }

    /** Every parameter decoded, re-encoded the RFC 3986 way, sorted; an empty value stays {@code name=}. */
    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            pairs.add(new String[] {Percent.encode(decode(name)), Percent.encode(decode(value))});
        }
        pairs.sort(Comparator.<String[], String>comparing(pair -> pair[0]).thenComparing(pair -> pair[1]));
        StringJoiner joined = new StringJoiner("&");
        pairs.forEach(pair -> joined.add(pair[0] + "=" + pair[1]));
        return joined.toString();
    }

    /** Query strings are form-encoded: {@code +} is a space (dclink itself always writes {@code %20}). */
    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
