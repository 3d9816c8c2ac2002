package io.dclink.provider.alibaba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dclink.DirectConnect;
import io.dclink.error.ErrorContext;
import io.dclink.error.ProtocolException;
import io.dclink.kit.json.Json;
import io.dclink.kit.json.JsonRecord;
import io.dclink.lifecycle.AccessPointState;
import io.dclink.model.AccessPoint;
import io.dclink.testkit.alibaba.AlibabaEmulator;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.junit.EmulatedProvider;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Access points: DescribeAccessPoints completed by ListBusinessAccessPoints, whose lists are text. */
@EmulatedProvider("alibaba")
class AlibabaAccessPointsTest {

    private DirectConnect client;
    private AlibabaEmulator emulator;

    @BeforeEach
    void connect(DirectConnect emulatedClient, Emulator started) {
        client = emulatedClient;
        emulator = (AlibabaEmulator) started;
    }

    private static JsonRecord record(String json) {
        return Json.parse(json.getBytes(StandardCharsets.UTF_8), "a record", ErrorContext.of("alibaba"));
    }

    @Test
    void carriersAndPortTypesAreReadFromTheBusinessAccessPointsText() {
        Map<String, AccessPoint> points = client.accessPoints().list().stream()
                .collect(Collectors.toMap(AccessPoint::id, point -> point));
        AccessPoint selfService = points.get(emulator.selfServiceAccessPoint());

        assertThat(selfService.carriers()).containsExactly("CT", "CU", "CM", "CO");
        assertThat(selfService.portTypes()).contains("1000Base-LX", "10GBase-LR");
        assertThat(selfService.portSpeedsMbps()).contains(1_000, 10_000);
        assertThat(selfService.coordinates()).isNotNull();
        assertThat(emulator.requests().of("ListBusinessAccessPoints")).singleElement()
                .satisfies(call -> assertThat(call.request().query("RegionId")).isEqualTo(emulator.region()));
    }

    @Test
    void aCapitalisedStatusIsReadLikeTheLowerCaseOne() {
        AccessPoint partner = client.accessPoints().find(emulator.partnerAccessPoint()).orElseThrow();

        assertThat(partner.providerState().value()).isEqualTo("Recommended");
        assertThat(partner.state()).isEqualTo(AccessPointState.AVAILABLE);
    }

    @Test
    void theListsAreCommaSeparatedTextAndAnArrayIsAProtocolError() {
        JsonRecord point = record("{\"AccessPointId\": \"ap-1\", \"Status\": \"recommended\"}");
        AccessPoint mapped = AlibabaMapping.accessPoint(point, record("{\"AccessPointId\": \"ap-1\", "
                + "\"SupportLineOperator\": \"CT, CU,CM\", \"SupportPortTypes\": \"1000Base-LX,100GBase-LR\"}"));
        AccessPoint empty = AlibabaMapping.accessPoint(point, record("{\"AccessPointId\": \"ap-1\", "
                + "\"SupportLineOperator\": \"\"}"));

        assertThat(mapped.carriers()).containsExactly("CT", "CU", "CM");
        assertThat(mapped.portTypes()).containsExactly("1000Base-LX", "100GBase-LR");
        assertThat(mapped.portSpeedsMbps()).containsExactly(1_000, 100_000);
        assertThat(empty.carriers()).isEmpty();
        assertThat(catchThrowableOfType(ProtocolException.class, () -> AlibabaMapping.accessPoint(point,
                record("{\"SupportLineOperator\": [\"CT\"]}")))).hasMessageContaining("SupportLineOperator");
        assertThat(List.of(mapped.state(), empty.state())).containsOnly(AccessPointState.AVAILABLE);
    }
}
