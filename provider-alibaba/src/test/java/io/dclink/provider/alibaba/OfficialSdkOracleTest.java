package io.dclink.provider.alibaba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import com.aliyun.vpc20160428.Client;
import com.aliyun.vpc20160428.models.CreatePhysicalConnectionRequest;
import com.aliyun.vpc20160428.models.DescribePhysicalConnectionsRequest;
import com.aliyun.vpc20160428.models.DescribePhysicalConnectionsResponseBody.DescribePhysicalConnectionsResponseBodyPhysicalConnectionSetPhysicalConnectionType;
import io.dclink.DirectConnect;
import io.dclink.auth.Credentials;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.model.Connection;
import io.dclink.spi.SigningRequest;
import io.dclink.testkit.alibaba.AlibabaEmulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.EmulatorRequest;
import io.dclink.testkit.emulator.KeyRing;
import io.dclink.testkit.emulator.RecordedRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Alibaba's official VPC SDK (Tea/OpenAPI core, V3 signatures) as an oracle, pointed at the emulator. */
class OfficialSdkOracleTest {

    private static final long SEED = 0xA11_BABAL;
    private static final List<String> ACTIONS = List.of("DescribeAccessPoints", "DescribePhysicalConnections",
            "CreatePhysicalConnection", "DescribeVirtualBorderRouters", "ModifyPhysicalConnectionAttribute");

    private AlibabaEmulator emulator;

    @BeforeEach
    void start() {
        EmulatorOptions defaults = EmulatorOptions.defaults();
        emulator = new AlibabaEmulator(new EmulatorOptions(0, defaults.keys(), defaults.clockStart(), null, Clock.systemUTC()));
        emulator.start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private Client official(String secret) throws Exception {
        Config config = new Config().setAccessKeyId(KeyRing.TEST_KEY_ID).setAccessKeySecret(secret)
                .setEndpoint("127.0.0.1:" + emulator.baseUri().getPort()).setProtocol("http").setRegionId(emulator.region());
        return new Client(config);
    }

    @Test
    void ourSignerReproducesTheOfficialAuthorizationForGeneratedRequests() throws Exception {
        Client official = official(KeyRing.TEST_SECRET);
        Random random = new Random(SEED);
        for (int i = 0; i < 40; i++) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("RegionId", emulator.region());
            int fields = random.nextInt(5);
            for (int f = 0; f < fields; f++) {
                query.put(random.nextBoolean() ? "Filter." + (1 + random.nextInt(3)) + ".Value." + (1 + random.nextInt(2))
                        : "Name", randomText(random));
            }
            Params params = new Params().setAction(ACTIONS.get(random.nextInt(ACTIONS.size()))).setVersion("2016-04-28")
                    .setProtocol("HTTP").setPathname("/").setMethod("POST").setAuthType("AK").setStyle("RPC")
                    .setReqBodyType("formData").setBodyType("json");
            try {
                official.callApi(params, new OpenApiRequest().setQuery(query), new RuntimeOptions());
            } catch (TeaException refused) {
                assertThat(refused.getCode()).as("the emulator accepted the official signature")
                        .isNotIn("SignatureDoesNotMatch", "IncompleteSignature", "InvalidTimeStamp.Expired");
            }
        }

        List<RecordedRequest> recorded = emulator.requests().all();
        assertThat(recorded).hasSize(40);
        for (RecordedRequest call : recorded) {
            EmulatorRequest sent = call.request();
            Map<String, List<String>> signedHeaders = new LinkedHashMap<>();
            sent.headers().forEach((name, values) -> {
                if (name.startsWith("x-acs-") || name.equals("content-type")) {
                    signedHeaders.put(name, values);
                }
            });
            SigningRequest same = new SigningRequest(sent.method(), URI.create("http://" + sent.header("host") + "/?"
                    + sent.rawQuery()), signedHeaders, sent.body(), Instant.parse(sent.header("x-acs-date")));

            Map<String, String> ours = new Acs3Signer(Credentials.accessKey(KeyRing.TEST_KEY_ID, KeyRing.TEST_SECRET),
                    () -> sent.header("x-acs-signature-nonce")).sign(same);

            assertThat(ours.get("Authorization")).as(call.operation() + " ?" + sent.rawQuery())
                    .isEqualTo(sent.header("Authorization"));
        }
    }

    private static String randomText(Random random) {
        String alphabet = "abcXYZ019 -_.~*+/:=&%'\"!线路专线é";
        StringBuilder text = new StringBuilder();
        for (int c = 1 + random.nextInt(12); c > 0; c--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    @Test
    void theOfficialClientCreatesAndDescribesAPhysicalConnectionOnTheEmulator() throws Exception {
        Client official = official(KeyRing.TEST_SECRET);

        String id = official.createPhysicalConnection(new CreatePhysicalConnectionRequest().setRegionId(emulator.region())
                .setAccessPointId(emulator.selfServiceAccessPoint()).setLineOperator("CU").setPortType("10GBase-LR")
                .setBandwidth(2000).setName("official-line").setPeerLocation("Hall B, rack 7")
                .setClientToken("oracle-token-1")).getBody().getPhysicalConnectionId();
        List<DescribePhysicalConnectionsResponseBodyPhysicalConnectionSetPhysicalConnectionType> described = official
                .describePhysicalConnections(new DescribePhysicalConnectionsRequest().setRegionId(emulator.region())
                        .setFilter(List.of(new DescribePhysicalConnectionsRequest.DescribePhysicalConnectionsRequestFilter()
                                .setKey("PhysicalConnectionId").setValue(List.of(id)))))
                .getBody().getPhysicalConnectionSet().getPhysicalConnectionType();

        assertThat(id).startsWith("pc-");
        assertThat(described).singleElement().satisfies(line -> {
            assertThat(line.getStatus()).isEqualTo("Initial");
            assertThat(line.getName()).isEqualTo("official-line");
            assertThat(line.getBandwidth()).isEqualTo(2000L);
            assertThat(line.getLineOperator()).isEqualTo("CU");
        });
        assertThat(emulator.requests().of("CreatePhysicalConnection")).singleElement()
                .satisfies(call -> assertThat(call.request().query("bandwidth")).isEqualTo("2000"));

        try (DirectConnect client = DirectConnect.builder().provider("alibaba").region(emulator.region())
                .credentials(emulator.testCredentials()).endpoint(emulator.baseUri()).build()) {
            Connection line = client.connections().get(id);

            assertThat(line.name()).isEqualTo("official-line");
            assertThat(line.carrier()).isEqualTo("CU");
            assertThat(line.customerAddress()).isEqualTo("Hall B, rack 7");
            assertThat(line.state()).isEqualTo(ConnectionState.PENDING_APPROVAL);
        }
    }

    @Test
    void theEmulatorRefusesTheOfficialClientWithAWrongSecret() throws Exception {
        Client wrong = official("not-the-secret");

        TeaException refused = catchThrowableOfType(TeaException.class, () -> wrong.describePhysicalConnections(
                new DescribePhysicalConnectionsRequest().setRegionId(emulator.region())));

        assertThat(refused.getCode()).isEqualTo("SignatureDoesNotMatch");
        assertThat(refused.getMessage()).doesNotContain("not-the-secret");
    }
}
