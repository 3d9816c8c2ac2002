package io.dclink.testkit.tencent;

import io.dclink.testkit.emulator.EmulatorRequest;
import io.dclink.testkit.emulator.KeyRing;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a TC3-HMAC-SHA256 signature the way the service does: recompute the canonical request
 * from the headers the request names as signed, with the service the action belongs to, and
 * compare. Independent of the plugin's signer.
 */
final class Tc3Verifier {

    /** A failed check, with the code the service answers. */
    record Failure(String code, String message) {
    }

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "TC3-HMAC-SHA256 Credential=([^/]+)/(\\d{4}-\\d{2}-\\d{2})/([a-z]+)/tc3_request, "
                    + "SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})");
    private static final long MAX_SKEW_SECONDS = 300;

    private final KeyRing keys;

    Tc3Verifier(KeyRing keys) {
        this.keys = keys;
    }

    /** Verifies; returns the failure, or empty with the account when the signature is good. */
    Result verify(EmulatorRequest request, String service, Instant now) {
        String authorization = request.header("Authorization");
        if (authorization == null) {
            return Result.failed("AuthFailure.SignatureFailure", "The request is not signed.");
        }
        Matcher m = AUTHORIZATION.matcher(authorization);
        if (!m.matches()) {
            return Result.failed("AuthFailure.InvalidAuthorization", "The Authorization header is malformed.");
        }
        Optional<KeyRing.Key> key = keys.find(m.group(1));
        if (key.isEmpty()) {
            return Result.failed("AuthFailure.SecretIdNotFound", "The SecretId is not found.");
        }
        String timestamp = request.header("X-TC-Timestamp");
        if (timestamp == null || !timestamp.matches("\\d{1,12}")) {
            return Result.failed("AuthFailure.InvalidAuthorization", "X-TC-Timestamp is missing or malformed.");
        }
        long seconds = Long.parseLong(timestamp);
        if (Math.abs(now.getEpochSecond() - seconds) > MAX_SKEW_SECONDS) {
            return Result.failed("AuthFailure.SignatureExpire", "Signature expired: the request time differs from the "
                    + "server time by more than 5 minutes.");
        }
        String date = Instant.ofEpochSecond(seconds).atZone(ZoneOffset.UTC).toLocalDate().toString();
        if (!date.equals(m.group(2)) || !service.equals(m.group(3))) {
            return Result.failed("AuthFailure.SignatureFailure", "The provided credentials could not be validated. "
                    + "Please check your signature is correct.");
        }
        String signedHeaders = m.group(4);
        StringBuilder canonicalHeaders = new StringBuilder();
        for (String name : signedHeaders.split(";")) {
            String value = request.header(name);
            if (value == null) {
                return Result.failed("AuthFailure.SignatureFailure", "A signed header is missing: " + name);
            }
            canonicalHeaders.append(name).append(':').append(value.trim().toLowerCase(Locale.ROOT)).append('\n');
        }
        String query = request.method().equals("GET") && request.rawQuery() != null ? request.rawQuery() : "";
        String canonical = request.method() + "\n/\n" + query + "\n" + canonicalHeaders + "\n" + signedHeaders + "\n"
                + sha256(request.body());
        String toSign = "TC3-HMAC-SHA256\n" + seconds + "\n" + date + "/" + service + "/tc3_request\n"
                + sha256(canonical.getBytes(StandardCharsets.UTF_8));
        byte[] k = hmac(("TC3" + key.get().secret()).getBytes(StandardCharsets.UTF_8), date);
        k = hmac(k, service);
        k = hmac(k, "tc3_request");
        String expected = HexFormat.of().formatHex(hmac(k, toSign));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), m.group(5).getBytes(StandardCharsets.US_ASCII))) {
            return Result.failed("AuthFailure.SignatureFailure", "The provided credentials could not be validated. "
                    + "Please check your signature is correct.");
        }
        return new Result(null, key.get().account());
    }

    /** The outcome: a failure, or the caller's account. */
    record Result(Failure failure, String account) {
        static Result failed(String code, String message) {
            return new Result(new Failure(code, message), null);
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
