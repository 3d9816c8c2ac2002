package io.dclink.benchmarks;

import com.aliyun.teaopenapi.models.Config;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import io.dclink.DirectConnect;
import io.dclink.DirectConnectBuilder;
import io.dclink.auth.Credentials;
import io.dclink.testkit.emulator.KeyRing;
import java.net.URI;

/** The clients side by side, pointed at a loopback port. */
final class Clients {

    private Clients() {
    }

    /** A dclink client with the default settings. */
    static DirectConnectBuilder dclink(String provider, String region, int port) {
        return DirectConnect.builder().provider(provider).region(region)
                .credentials(Credentials.accessKey(KeyRing.TEST_KEY_ID, KeyRing.TEST_SECRET))
                .endpoint(URI.create("http://127.0.0.1:" + port));
    }

    /**
     * The official Tencent client. It derives the signing service from the endpoint host, so it is
     * pointed at the real host and reaches the loopback port as its HTTP proxy.
     */
    static CommonClient tencent(String region, int port) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint("dc.tencentcloudapi.com");
        http.setProtocol(HttpProfile.REQ_HTTP);
        http.setProxyHost("127.0.0.1");
        http.setProxyPort(port);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        return new CommonClient("dc", "2018-04-10", new Credential(KeyRing.TEST_KEY_ID, KeyRing.TEST_SECRET), region, profile);
    }

    /** The official Alibaba VPC client. */
    static com.aliyun.vpc20160428.Client alibaba(String region, int port) throws Exception {
        return new com.aliyun.vpc20160428.Client(new Config().setAccessKeyId(KeyRing.TEST_KEY_ID)
                .setAccessKeySecret(KeyRing.TEST_SECRET).setEndpoint("127.0.0.1:" + port).setProtocol("http")
                .setRegionId(region));
    }
}
