package io.dclink.testkit.jdcloud;

import io.dclink.testkit.emulator.EmulatorRequest;
import io.dclink.testkit.emulator.KeyRing;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a {@code JDCLOUD2-HMAC-SHA256} signature as the reference's §5 describes it, written
 * independently of any plugin: the canonical request is rebuilt from the headers the request names
 * as signed, scoped to {@code date/region/service/jdcloud2_request} with the region and service the
 * request's path belongs to; then the date must be recent and the nonce unused.
 */
final class Jdcloud2Verifier {

    /** UNVERIFIED: how far {@code x-jdcloud-date} may be from the gateway's clock. */
    static final Duration MAX_SKEW = Duration.ofMinutes(15);

    private static final Pattern AUTHORIZATION = Pattern.compile("JDCLOUD2-HMAC-SHA256 Credential=([^/,\\s]+)/(\\d{8})/"
            + "([^/,\\s]+)/([^/,\\s]+)/jdcloud2_request,\\s*SignedHeaders=([^,\\s]+),\\s*Signature=([0-9a-f]{64})");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    private final KeyRing keys;
    private final Map<String, Instant> usedNonces = new HashMap<>();

    Jdcloud2Verifier(KeyRing keys) {
        this.keys = keys;
    }

    /**
     * Verifies a request.
     *
     * @param request the request as received
     * @param region the scope's region: the path's regionId, or {@code jdcloud-api} without one
     * @param service the scope's service, e.g. {@code bgw}
     * @param now the gateway's time
     * @return the account of the key that signed it
     * @throws JdError the gateway's refusal
     */
    String verify(EmulatorRequest request, String region, String service, Instant now) {
        String authorization = request.header("authorization");
        if (authorization == null) {
            // UNVERIFIED: the message of an unsigned request
            throw JdError.unauthenticated("the request is not signed: the authorization header is missing");
        }
        Matcher credential = AUTHORIZATION.matcher(authorization.trim());
        if (!credential.matches()) {
            // UNVERIFIED: the message of a malformed authorization header
            throw JdError.unauthenticated("the authorization header is not a JDCLOUD2-HMAC-SHA256 credential");
        }
        Optional<KeyRing.Key> key = keys.find(credential.group(1));
        if (key.isEmpty()) {
            // UNVERIFIED: the message of an unknown access key
            throw JdError.unauthenticated("the access key " + credential.group(1) + " does not exist");
        }
        List<String> signed = List.of(credential.group(5).split(";"));
        String date = request.header("x-jdcloud-date");
        Instant signedAt = parseDate(date);
        if (!signed.contains("x-jdcloud-date") || !signed.contains("x-jdcloud-nonce")
                || request.header("x-jdcloud-security-token") != null && !signed.contains("x-jdcloud-security-token")) {
            // UNVERIFIED: the message when a header the gateway needs signed is not
            throw JdError.unauthenticated("x-jdcloud-date, x-jdcloud-nonce and any x-jdcloud-security-token must be signed");
        }
        if (Duration.between(signedAt, now).abs().compareTo(MAX_SKEW) > 0) {
            // UNVERIFIED: the message of a stale date
            throw JdError.unauthenticated("x-jdcloud-date " + date + " is more than " + MAX_SKEW.toMinutes()
                    + " minutes from the server time");
        }
        String day = date.substring(0, 8);
        String scope = day + "/" + region + "/" + service + "/jdcloud2_request";
        String canonical = canonicalRequest(request, signed);
        String toSign = "JDCLOUD2-HMAC-SHA256\n" + date + "\n" + scope + "\n" + Crypto.sha256Hex(canonical);
        String expected = HexFormat.of().formatHex(Crypto.hmac(signingKey(key.get().secret(), day, region, service), toSign));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                credential.group(6).getBytes(StandardCharsets.US_ASCII))) {
            throw JdError.signatureMismatch();
        }
        useNonce(request.header("x-jdcloud-nonce"), signedAt, now);
        return key.get().account();
    }

    /** The derived key: HMAC chain over date, region, service and the terminator, from "JDCLOUD2" + secret. */
    static byte[] signingKey(String secret, String day, String region, String service) {
        byte[] key = Crypto.hmac(("JDCLOUD2" + secret).getBytes(StandardCharsets.UTF_8), day);
        key = Crypto.hmac(key, region);
        key = Crypto.hmac(key, service);
        return Crypto.hmac(key, "jdcloud2_request");
    }

    /** The canonical request of §5.1 step 4, from the request as received and the signed header names. */
    static String canonicalRequest(EmulatorRequest request, List<String> signedHeaders) {
        StringBuilder headers = new StringBuilder();
        for (String name : signedHeaders.stream().sorted().toList()) {
            List<String> values = request.headers().get(name);
            if (values == null || values.isEmpty()) {
                throw JdError.signatureMismatch();
            }
            headers.append(name).append(':').append(String.join(",", values).trim().replaceAll("\\s+", " ")).append('\n');
        }
        return request.method() + "\n" + Rfc3986.canonicalUri(request.path()) + "\n"
                + Rfc3986.canonicalQuery(request.rawQuery()) + "\n" + headers + "\n" + String.join(";", signedHeaders)
                + "\n" + Crypto.sha256Hex(request.body());
    }

    private static Instant parseDate(String date) {
        if (date == null) {
            // UNVERIFIED: the message of a missing date
            throw JdError.unauthenticated("the x-jdcloud-date header is missing");
        }
        try {
            return LocalDateTime.parse(date, DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // UNVERIFIED: the message of a malformed date
            throw JdError.unauthenticated("x-jdcloud-date " + date + " is not of the form yyyyMMddTHHmmssZ");
        }
    }

    private synchronized void useNonce(String nonce, Instant signedAt, Instant now) {
        if (nonce == null || nonce.isBlank()) {
            // UNVERIFIED: the message of a missing nonce
            throw JdError.unauthenticated("the x-jdcloud-nonce header is missing");
        }
        for (Iterator<Instant> it = usedNonces.values().iterator(); it.hasNext();) {
            if (Duration.between(it.next(), now).compareTo(MAX_SKEW.multipliedBy(2)) > 0) {
                it.remove();
            }
        }
        if (usedNonces.putIfAbsent(nonce, signedAt) != null) {
            // UNVERIFIED: the message of a replayed nonce
            throw JdError.unauthenticated("x-jdcloud-nonce " + nonce + " has already been used");
        }
    }
}
