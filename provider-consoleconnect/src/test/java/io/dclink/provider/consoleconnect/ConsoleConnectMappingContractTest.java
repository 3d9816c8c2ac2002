package io.dclink.provider.consoleconnect;

import static io.dclink.provider.consoleconnect.Samples.record;
import static io.dclink.provider.consoleconnect.Samples.sample;
import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.kit.json.JsonRecord;
import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.AccessPoint;
import io.dclink.model.Connection;
import io.dclink.model.RoutingType;
import io.dclink.model.VirtualInterface;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The mapping contract: every status the reference documents or was seen to send maps to its
 * neutral state and required action — a Layer 2 connection waiting in either spelling asks its
 * creator to wait for the destination and its receiver to accept; anything else is UNKNOWN with the
 * raw value kept; the reference's samples read as the neutral model.
 */
class ConsoleConnectMappingContractTest {

    private static final String ID = "aaaaaaaaaaaaaaaaaaaaaaa1";

    @ParameterizedTest(name = "port status={0} is {1} / {2}")
    @CsvSource({
        "ONBOARDING, PENDING_APPROVAL, WAIT_FOR_PROVIDER",
        "ACTIVATING, PROVISIONING, WAIT_FOR_PROVIDER",
        "READY, PROVISIONING, CONTACT_CARRIER",
        "ACTIVE, ACTIVE, NONE",
        "DISABLING, SUSPENDED, WAIT_FOR_PROVIDER",
        "DISABLED, SUSPENDED, NONE",
        "DELETING, DELETING, WAIT_FOR_PROVIDER",
        "DELETED, DELETED, NONE",
        "UNKNOWN, UNKNOWN, UNKNOWN",
        "ready, UNKNOWN, UNKNOWN",
        "SOMETHING_NEW, UNKNOWN, UNKNOWN"
    })
    void everyPortStatus(String raw, ConnectionState state, RequiredAction action) {
        Connection port = PortMapping.connection(record("{\"id\": \"" + ID + "\", \"status\": \"" + raw
                + "\", \"speed\": {\"value\": 1000}}"));

        assertThat(port.state()).isEqualTo(state);
        assertThat(port.requiredAction()).isEqualTo(action);
        assertThat(port.providerState().value()).isEqualTo(raw);
    }

    @ParameterizedTest(name = "status={0}, isReceiver={1} is {2} / {3}")
    @CsvSource({
        "CREATING, false, PENDING, WAIT_FOR_PROVIDER",
        "PENDING, false, PENDING_ACCEPTANCE, WAIT_FOR_PARTNER",
        "PENDING, true, PENDING_ACCEPTANCE, ACCEPT",
        "PENDING_ACCEPTANCE, false, PENDING_ACCEPTANCE, WAIT_FOR_PARTNER",
        "PENDING_ACCEPTANCE, true, PENDING_ACCEPTANCE, ACCEPT",
        "PENDING ACCEPTANCE, false, PENDING_ACCEPTANCE, WAIT_FOR_PARTNER",
        "PENDING ACCEPTANCE, true, PENDING_ACCEPTANCE, ACCEPT",
        "ACCEPTED, false, PENDING, WAIT_FOR_PROVIDER",
        "MANUAL, false, PENDING, WAIT_FOR_PROVIDER",
        "ACTIVATING, true, PENDING, WAIT_FOR_PROVIDER",
        "ACTIVE, false, ACTIVE, NONE",
        "DISABLING, false, SUSPENDED, WAIT_FOR_PROVIDER",
        "DISABLED, false, SUSPENDED, NONE",
        "DENIED, false, REJECTED, NONE",
        "ERROR, false, FAILED, CONTACT_PROVIDER",
        "CANCELLED, true, CANCELLED, NONE",
        "DELETING, false, DELETING, WAIT_FOR_PROVIDER",
        "DELETED, false, DELETED, NONE",
        "FAILED, false, UNKNOWN, UNKNOWN",
        "PENDING_APPROVAL, false, UNKNOWN, UNKNOWN",
        "active, false, UNKNOWN, UNKNOWN"
    })
    void everyLayer2Status(String raw, boolean receiver, VirtualInterfaceState state, RequiredAction action) {
        VirtualInterface connection = Layer2Mapping.virtualInterface(record("{\"id\": \"" + ID + "\", \"status\": \"" + raw
                + "\", \"isCreator\": " + !receiver + ", \"isReceiver\": " + receiver + ", \"srcPortId\": \"p1\", "
                + "\"destPortId\": \"p2\", \"srcCompany\": {\"username\": \"me\"}, \"destCompany\": {\"username\": \"you\"}}"));

        assertThat(connection.state()).isEqualTo(state);
        assertThat(connection.requiredAction()).isEqualTo(action);
        assertThat(connection.providerState().value()).isEqualTo(raw);
        assertThat(connection.providerState().details()).containsEntry("isReceiver", Boolean.toString(receiver));
        assertThat(connection.connectionId()).isEqualTo(receiver ? "p2" : "p1");
        assertThat(connection.gatewayId()).as("Console Connect has no gateways").isNull();
        assertThat(connection.routing()).isEqualTo(RoutingType.NONE);
        assertThat(connection.attributes()).containsEntry("srcPortId", "p1").containsEntry("destPortId", "p2");
        assertThat(connection.ownerAccount()).isEqualTo(receiver ? "me" : "you");
    }

    @Test
    void anAwsHostedConnectionIsAcceptedInTheAwsConsoleAndAnAbsentReceiverFlagIsTheCreators() {
        VirtualInterface hosted = Layer2Mapping.virtualInterface(record("{\"id\": \"" + ID
                + "\", \"status\": \"PENDING_ACCEPTANCE\", \"isReceiver\": false, \"partner\": {\"type\": \"AWS\"}}"));
        VirtualInterface created = Layer2Mapping.virtualInterface(record("{\"id\": \"" + ID + "\", \"status\": \"PENDING\"}"));

        assertThat(hosted.requiredAction()).isEqualTo(RequiredAction.ACCEPT);
        assertThat(hosted.providerState().details()).containsEntry("partner.type", "AWS");
        assertThat(created.requiredAction()).isEqualTo(RequiredAction.WAIT_FOR_PARTNER);
    }

    @Test
    void thePortSamplesReadAsConnections() {
        List<Connection> ports = Answers.results(sample("ports-list-response.json")).stream().map(PortMapping::connection)
                .toList();

        Connection nni = ports.get(0);
        assertThat(nni.state()).isEqualTo(ConnectionState.ACTIVE);
        assertThat(nni.operationalStatus()).isEqualTo(OperationalStatus.UP);
        assertThat(nni.bandwidthMbps()).isEqualTo(1_000);
        assertThat(nni.accessPointId()).isEqualTo("ccccccccccccccccccccccc1");
        assertThat(nni.portType()).isEqualTo("COPPER");
        assertThat(nni.attributes()).containsEntry("type", "NNI").containsEntry("capacity.remaining", "900")
                .containsEntry("dataCenterFacilityId", "bbbbbbbbbbbbbbbbbbbbbbb1");
        Connection plain = ports.get(1);
        assertThat(plain.name()).isEqualTo("My-Port-1");
        assertThat(plain.operationalStatus()).isEqualTo(OperationalStatus.NOT_REPORTED);
        assertThat(plain.attributes()).doesNotContainKey("capacity.remaining");
    }

    @Test
    void theMetroSampleReadsAsAnAccessPointWithItsFirstFacility() {
        AccessPoint metro = MetroMapping.accessPoint(Answers.results(sample("metro-capabilities-response.json")).get(0),
                "tencent-cloud");

        assertThat(metro.id()).isEqualTo("eeeeeeeeeeeeeeeeeeeeeee1");
        assertThat(metro.name()).isEqualTo("Hong Kong");
        assertThat(metro.state()).isEqualTo(AccessPointState.AVAILABLE);
        assertThat(metro.attributes()).containsEntry("firstDataCenterFacilityIdInMetro", "fffffffffffffffffffffff1")
                .containsEntry("code", "HKG").containsEntry("company", "tencent-cloud");
    }

    @Test
    void theCreateAnswerAndTheRealReadBackReadAsVirtualInterfaces() {
        VirtualInterface created = Layer2Mapping.virtualInterface(sample("create-layer2-response.json"));
        assertThat(created.state()).isEqualTo(VirtualInterfaceState.PENDING);
        assertThat(created.requiredAction()).isEqualTo(RequiredAction.WAIT_FOR_PROVIDER);
        assertThat(created.bandwidthMbps()).isEqualTo(1_000);
        assertThat(created.name()).isEqualTo("my new connection");

        JsonRecord azure = sample("connection-details-azure.json").record("response");
        VirtualInterface read = Layer2Mapping.virtualInterface(azure);
        assertThat(read.state()).isEqualTo(VirtualInterfaceState.ACTIVE);
        assertThat(read.operationalStatus()).isEqualTo(OperationalStatus.UP);
        assertThat(read.connectionId()).isEqualTo("5e429ef0d6b9a000166c3b65");
        assertThat(read.gatewayId()).isNull();
        assertThat(read.attributes()).containsEntry("destPortId", "5b85b26a9939be0014b63891");
        assertThat(read.ownerAccount()).isEqualTo("azure");
        assertThat(read.bandwidthMbps()).isEqualTo(50);
        assertThat(read.attributes()).containsEntry("classOfService", "BRONZE").containsEntry("partner.type", "AZURE")
                .containsEntry("srcCompany", "eurovisionservices").doesNotContainKey("partner.account");
    }
}
