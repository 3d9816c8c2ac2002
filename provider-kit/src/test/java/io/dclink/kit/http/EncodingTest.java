package io.dclink.kit.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingTest {

    @Test
    void percentEncodingFollowsRfc3986() {
        assertThat(Percent.encode("A-Z a_z.0~9*+/=&é")).isEqualTo("A-Z%20a_z.0~9%2A%2B%2F%3D%26%C3%A9");
        assertThat(Percent.encodePath("/v1/regions/cn-north-1/routeTables/rtb-1:add"))
                .isEqualTo("/v1/regions/cn-north-1/routeTables/rtb-1%3Aadd");
    }

    @Test
    void theHostHeaderCarriesOnlyAPortTheSchemeDoesNotImply() {
        assertThat(HostHeader.of(URI.create("https://dc.tencentcloudapi.com/"))).isEqualTo("dc.tencentcloudapi.com");
        assertThat(HostHeader.of(URI.create("https://vpc.aliyuncs.com:443/?a=1"))).isEqualTo("vpc.aliyuncs.com");
        assertThat(HostHeader.of(URI.create("http://127.0.0.1:80/"))).isEqualTo("127.0.0.1");
        assertThat(HostHeader.of(URI.create("http://127.0.0.1:8443/"))).isEqualTo("127.0.0.1:8443");
        assertThat(HostHeader.of(URI.create("https://127.0.0.1:80/"))).isEqualTo("127.0.0.1:80");
    }

    /** FIPS 180-2 and RFC 4231 test case 1 and 2. */
    @Test
    void digestsMatchThePublishedVectors() {
        assertThat(Hashing.sha256Hex(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Hashing.sha256Hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        byte[] key = new byte[20];
        java.util.Arrays.fill(key, (byte) 0x0b);
        assertThat(Hashing.hex(Hashing.hmacSha256(key, "Hi There")))
                .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        assertThat(Hashing.hex(Hashing.hmacSha256("Jefe".getBytes(StandardCharsets.UTF_8), "what do ya want for nothing?")))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assertThat(Hashing.hex(Hashing.hmacSha1(key, "Hi There"))).isEqualTo("b617318655057264e28bc0b6fb378c8ef146be00");
    }
}
