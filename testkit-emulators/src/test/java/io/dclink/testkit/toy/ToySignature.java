package io.dclink.testkit.toy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The toy provider's signature, as its (imaginary) documentation states it:
 * hex(HMAC-SHA256(secret, METHOD \n PATH \n QUERY \n TIME \n hex(SHA-256(body)))).
 */
public final class ToySignature {

    private ToySignature() {
    }

    public static String sign(String secret, String method, String path, String query, String time, byte[] body) {
        try {
            String bodyHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            String text = method + "\n" + path + "\n" + (query == null ? "" : query) + "\n" + time + "\n" + bodyHash;
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
