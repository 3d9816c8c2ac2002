package io.dclink.kit.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The MACs the signers are built from, against the published test vectors and the JDK's own {@link Mac}. */
class HashingTest {

    private static byte[] repeated(int value, int count) {
        byte[] bytes = new byte[count];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    /** RFC 4231, section 4: test cases 1, 2, 6 and 7 (those whose data is text). */
    @Test
    void hmacSha256GivesTheRfc4231Values() {
        assertThat(Hashing.hex(Hashing.hmacSha256(repeated(0x0b, 20), "Hi There")))
                .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        assertThat(Hashing.hex(Hashing.hmacSha256("Jefe".getBytes(StandardCharsets.US_ASCII), "what do ya want for nothing?")))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assertThat(Hashing.hex(Hashing.hmacSha256(repeated(0xaa, 131),
                "Test Using Larger Than Block-Size Key - Hash Key First")))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        assertThat(Hashing.hex(Hashing.hmacSha256(repeated(0xaa, 131), "This is a test using a larger than block-size key "
                + "and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.")))
                .isEqualTo("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
    }

    /** RFC 2202, section 3: test cases 1, 2 and 6. */
    @Test
    void hmacSha1GivesTheRfc2202Values() {
        assertThat(Hashing.hex(Hashing.hmacSha1(repeated(0x0b, 20), "Hi There")))
                .isEqualTo("b617318655057264e28bc0b6fb378c8ef146be00");
        assertThat(Hashing.hex(Hashing.hmacSha1("Jefe".getBytes(StandardCharsets.US_ASCII), "what do ya want for nothing?")))
                .isEqualTo("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
        assertThat(Hashing.hex(Hashing.hmacSha1(repeated(0xaa, 80), "Test Using Larger Than Block-Size Key - Hash Key First")))
                .isEqualTo("aa4ae5e15272d00e95705637ce8a3b55ed402112");
    }

    @Test
    void bothMacsAgreeWithTheJdkMacOnSeededKeysAndTexts() throws Exception {
        Random random = new Random(20261130);
        for (int i = 0; i < 500; i++) {
            byte[] key = new byte[1 + random.nextInt(i % 50 == 0 ? 200 : 70)];
            random.nextBytes(key);
            char[] chars = new char[random.nextInt(300)];
            for (int c = 0; c < chars.length; c++) {
                chars[c] = (char) (random.nextBoolean() ? 32 + random.nextInt(95) : 0x4e00 + random.nextInt(500));
            }
            String text = new String(chars);
            byte[] data = text.getBytes(StandardCharsets.UTF_8);
            assertThat(Hashing.hmacSha256(key, text)).as("HMAC-SHA256, key of %d bytes", key.length)
                    .isEqualTo(jdk("HmacSHA256", key, data));
            assertThat(Hashing.hmacSha1(key, text)).as("HMAC-SHA1, key of %d bytes", key.length)
                    .isEqualTo(jdk("HmacSHA1", key, data));
        }
    }

    private static byte[] jdk(String algorithm, byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(key, algorithm));
        return mac.doFinal(data);
    }
}
