package io.dclink.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.AlphaStore;
import io.dclink.error.InvalidStateException;
import io.dclink.error.Problem;
import io.dclink.error.ProtocolException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.error.UnsupportedCapabilityException;
import io.dclink.error.ValidationException;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.BgpPeering;
import io.dclink.model.Connection;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.CreateVirtualInterfaceRequestBuilder;
import io.dclink.model.ProviderState;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.VirtualInterface;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FacadeTest {

    private final AlphaStore store = AlphaStore.create();
    private final DirectConnect client = DirectConnect.builder().provider("alpha").region("r1")
            .credentials(Credentials.accessKey("id", "secret")).property("store", store.id).build();

    @AfterEach
    void close() {
        client.close();
    }

    private Connection put(String id, ConnectionState state) {
        Connection connection = Connection.builder().provider("alpha").id(id).state(state)
                .requiredAction(RequiredAction.NONE).providerState(ProviderState.of(state.name().toLowerCase())).build();
        store.connections.put(id, connection);
        return connection;
    }

    @Test
    void anAbsentCapabilityFailsBeforeTheDriverIsCalled() {
        put("c1", ConnectionState.PENDING_APPROVAL);

        assertThatThrownBy(() -> client.connections().cancel("c1"))
                .isInstanceOfSatisfying(UnsupportedCapabilityException.class,
                        e -> assertThat(e.capability()).isEqualTo(Capability.CONNECTION_CANCEL))
                .hasMessageContaining("Provider 'alpha' does not support CONNECTION_CANCEL");
        assertThatThrownBy(() -> client.loas().get("c1")).isInstanceOf(UnsupportedCapabilityException.class);
        assertThat(store.calls("connections.get")).isZero();
    }

    @Test
    void commonAndProviderProblemsAreReportedTogetherAndNothingIsSent() {
        CreateConnectionRequest bad = CreateConnectionRequest.builder().bandwidthMbps(0).idempotencyKey("has space").build();

        assertThatThrownBy(() -> client.connections().create(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field)
                        .containsExactly("name", "accessPointId", "idempotencyKey", "carrier", "bandwidthMbps"));
        assertThat(store.calls("connections.create")).isZero();
    }

    @Test
    void aFieldBothRuleSetsRefuseIsReportedOnceWithTheProvidersReason() {
        CreateConnectionRequest bad = CreateConnectionRequest.builder().name("line").accessPointId("ap-1").carrier("CT")
                .bandwidthMbps(-5).build();

        assertThatThrownBy(() -> client.connections().create(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem("bandwidthMbps", "alpha sells 50 Mbit/s and more")));
    }

    @Test
    void aValidRequestReachesTheDriver() {
        Connection created = client.connections().create(CreateConnectionRequest.builder()
                .name("line").accessPointId("ap-1").carrier("CT").build());

        assertThat(created.state()).isEqualTo(ConnectionState.PENDING_APPROVAL);
        assertThat(client.connections().get(created.id())).isEqualTo(created);
        assertThat(store.calls("connections.create")).isEqualTo(1);
    }

    @Test
    void aDeleteTheLifecycleForbidsIsRefusedLocallyNamingTheAllowedStates() {
        put("c1", ConnectionState.PENDING_APPROVAL);

        assertThatThrownBy(() -> client.connections().delete("c1"))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("Connection c1 (provider state pending_approval) is PENDING_APPROVAL")
                .hasMessageContaining("delete is allowed only in [REJECTED, ACTIVE, SUSPENDED, CANCELLED, FAILED]")
                .hasMessageContaining("Nothing was sent");
        assertThat(store.calls("connections.delete")).isZero();
    }

    @Test
    void anUnknownStateLeavesTheDecisionToTheProvider() {
        put("c1", ConnectionState.UNKNOWN);

        client.connections().delete("c1");

        assertThat(store.calls("connections.delete")).isEqualTo(1);
    }

    @Test
    void aVirtualInterfaceNeedsAnActiveConnection() {
        put("c1", ConnectionState.PROVISIONING);
        put("c2", ConnectionState.ACTIVE);
        CreateVirtualInterfaceRequestBuilder request = CreateVirtualInterfaceRequest.builder()
                .name("vif").vlan(10).bgp(BgpPeering.customer(65001, null));

        assertThatThrownBy(() -> client.virtualInterfaces().create(request.connectionId("c1").build()))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("create virtual interface is allowed only in [ACTIVE]");
        assertThat(store.calls("virtualInterfaces.create")).isZero();

        assertThat(client.virtualInterfaces().create(request.connectionId("c2").build()).connectionId()).isEqualTo("c2");
    }

    @Test
    void aVirtualInterfaceOnALineTheCallerCannotReadIsGatedOnlyWhenTheLineIsTheCallers() {
        CreateVirtualInterfaceRequestBuilder request = CreateVirtualInterfaceRequest.builder()
                .name("vif").vlan(10).bgp(BgpPeering.customer(65001, null)).connectionId("someone-elses");

        assertThatThrownBy(() -> client.virtualInterfaces().create(request.build()))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(store.calls("virtualInterfaces.create")).isZero();

        VirtualInterface requested = client.virtualInterfaces().create(request.ownerAccount("line-owner").build());

        assertThat(requested.connectionId()).isEqualTo("someone-elses");
        assertThat(store.calls("virtualInterfaces.create")).as("the line's owner accepts or rejects it").isEqualTo(1);
    }

    @Test
    void resubmittingARejectedApplicationNeedsTheResubmitCapability() {
        put("c1", ConnectionState.REJECTED);

        assertThatThrownBy(() -> client.connections().update("c1", UpdateConnectionRequest.builder().name("x").build()))
                .isInstanceOfSatisfying(UnsupportedCapabilityException.class,
                        e -> assertThat(e.capability()).isEqualTo(Capability.CONNECTION_RESUBMIT));
        assertThat(store.calls("connections.update")).isZero();
    }

    @Test
    void listingsFetchPagesOnlyAsIterationNeedsThem() {
        for (int i = 1; i <= 5; i++) {
            put("c" + i, ConnectionState.ACTIVE);
        }

        var listing = client.connections().list();
        assertThat(store.calls("connections.list")).isZero();

        Iterator<Connection> iterator = listing.iterator();
        assertThat(iterator.next().id()).isEqualTo("c1");
        assertThat(store.calls("connections.list")).isEqualTo(1);

        assertThat(listing.stream().map(Connection::id).collect(Collectors.toList()))
                .containsExactly("c1", "c2", "c3", "c4", "c5");
        assertThat(store.calls("connections.list")).isEqualTo(1 + 3);
        List<List<Connection>> pages = new java.util.ArrayList<>();
        listing.pages().forEach(pages::add);
        assertThat(pages).extracting(List::size).containsExactly(2, 2, 1);
    }

    @Test
    void aProviderRepeatingAPageTokenStopsTheListingInsteadOfLoopingForever() {
        for (int i = 1; i <= 3; i++) {
            put("c" + i, ConnectionState.ACTIVE);
        }
        store.repeatPageToken = true;

        assertThatThrownBy(() -> client.connections().list().stream().count())
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("page token '1' twice");
        assertThat(store.calls("connections.list")).isEqualTo(2);
    }
}
