package io.dclink.testkit.alibaba;

import io.dclink.testkit.emulator.EmulatorRequest;
import io.dclink.testkit.emulator.KeyRing;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks an ACS3-HMAC-SHA256 signature the way the gateway does: the timestamp within 15 minutes,
 * the nonce unused, every {@code x-acs-*} header and {@code host} signed, the payload hash right,
 * and the signature recomputed from the headers the request names. Independent of the plugin.
 */
final class Acs3Verifier {

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([a-z0-9;-]+),Signature=([0-9a-f]{64})");
    private static final Duration MAX_SKEW = Duration.ofMinutes(15);

    private final KeyRing keys;
    private final Set<String> nonces = Collections.synchronizedSet(new HashSet<>());

    Acs3Verifier(KeyRing keys) {
        this.keys = keys;
    }

    /** Verifies; returns the caller's account, or throws the gateway's error. */
    String verify(EmulatorRequest request, Instant now) {
        String authorization = request.header("Authorization");
        Matcher m = authorization == null ? null : AUTHORIZATION.matcher(authorization);
        if (m == null || !m.matches()) {
            throw AliError.badRequest("IncompleteSignature", "The request signature does not conform to Aliyun standards.");
        }
        Optional<KeyRing.Key> key = keys.find(m.group(1));
        if (key.isEmpty()) {
            throw AliError.notFound("InvalidAccessKeyId.NotFound", "Specified access key is not found.");
        }
        String date = request.header("x-acs-date");
        if (date == null) {
            throw AliError.badRequest("MissingTimestamp", "The input parameter \"Timestamp\" that is mandatory for "
                    + "processing this request is not supplied.");
        }
        Instant signedAt;
        try {
            signedAt = Instant.parse(date);
        } catch (DateTimeParseException e) {
            throw AliError.badRequest("InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.");
        }
        if (Duration.between(signedAt, now).abs().compareTo(MAX_SKEW) > 0) {
            throw AliError.badRequest("InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
        }
        List<String> signed = List.of(m.group(2).split(";"));
        for (String name : request.headers().keySet()) {
            if ((name.startsWith("x-acs-") || name.equals("host")) && !signed.contains(name)) {
                throw AliError.badRequest("IncompleteSignature", "The header " + name + " must be signed.");
            }
        }
        String payloadHash = sha256(request.body());
        String declaredHash = request.header("x-acs-content-sha256");
        if (declaredHash != null && !declaredHash.equals(payloadHash)) {
            throw AliError.badRequest("SignatureDoesNotMatch", "The x-acs-content-sha256 header does not match the body.");
        }
        StringBuilder canonicalHeaders = new StringBuilder();
        for (String name : signed) {
            String value = request.header(name);
            if (value == null) {
                throw AliError.badRequest("IncompleteSignature", "The signed header " + name + " is missing.");
            }
            canonicalHeaders.append(name).append(':').append(value.trim()).append('\n');
        }
        String canonical = request.method() + "\n/\n" + canonicalQuery(request.rawQuery()) + "\n" + canonicalHeaders + "\n"
                + m.group(2) + "\n" + payloadHash;
        String expected = HexFormat.of().formatHex(hmac(key.get().secret(), "ACS3-HMAC-SHA256\n"
                + sha256(canonical.getBytes(StandardCharsets.UTF_8))));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), m.group(3).getBytes(StandardCharsets.US_ASCII))) {
            throw AliError.badRequest("SignatureDoesNotMatch", "Specified signature is not matched with our calculation.");
        }
        String nonce = request.header("x-acs-signature-nonce");
        if (nonce == null) {
            throw AliError.badRequest("MissingSignatureNonce", "The input parameter \"SignatureNonce\" that is mandatory "
                    + "for processing this request is not supplied.");
        }
        if (!nonces.add(nonce)) {
            throw AliError.badRequest("SignatureNonceUsed", "Specified signature nonce was used already.");
        }
        return key.get().account();
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            pairs.add(new String[] {encode(decode(eq < 0 ? pair : pair.substring(0, eq))),
                    encode(decode(eq < 0 ? "" : pair.substring(eq + 1)))});
        }
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        List<String> joined = new ArrayList<>();
        pairs.forEach(pair -> joined.add(pair[0] + "=" + pair[1]));
        return String.join("&", joined);
    }

    /** The gateway reads the query as a form: {@code +} is a space. */
    static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** RFC 3986: unreserved characters as they are, every other byte as upper-case %XY. */
    private static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
