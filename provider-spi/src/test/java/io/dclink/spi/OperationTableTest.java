package io.dclink.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.Capability;
import io.dclink.error.Problem;
import io.dclink.error.UnsupportedCapabilityException;
import io.dclink.model.Connection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The operation table: the only declaration of a plugin's capabilities. */
class OperationTableTest {

    private static <T> CompletableFuture<T> never() {
        return new CompletableFuture<>();
    }

    @Test
    void theCapabilitiesAreTheBoundOperations() {
        OperationTable<Object> table = OperationTable.builder(context -> new Object())
                .on(ProviderOperation.CONNECTION_GET, (client, id) -> never())
                .create(ProviderOperation.CONNECTION_CREATE, (client, request) -> never(),
                        OperationTable.Idempotence.findBy((client, request) -> CompletableFuture.completedFuture(
                                Optional.<Connection>empty())))
                .build();

        assertThat(table.capabilities()).containsExactlyInAnyOrder(Capability.CONNECTION_GET, Capability.CONNECTION_CREATE);
        assertThat(table.supports(ProviderOperation.CONNECTION_LIST)).isFalse();
        assertThat(table.idempotenceOf(ProviderOperation.CONNECTION_CREATE))
                .isEqualTo(OperationTable.Idempotence.Mode.FIND_BEFORE_CREATE);
    }

    @Test
    void nativeIdempotencyIsDerivedFromTheCreates() {
        OperationTable<Object> table = OperationTable.builder(context -> new Object())
                .create(ProviderOperation.CONNECTION_CREATE, (client, request) -> never(),
                        OperationTable.Idempotence.clientToken())
                .create(ProviderOperation.ROUTE_CREATE, (client, request) -> never(), OperationTable.Idempotence.repeatable())
                .build();

        assertThat(table.capabilities()).contains(Capability.NATIVE_IDEMPOTENCY);
    }

    @Test
    void anUnboundOperationFailsWithUnsupportedCapability() {
        OperationTable<Object>.Bound client = OperationTable.builder(context -> new Object()).build().bind(null, "p");

        assertThatThrownBy(() -> client.call(ProviderOperation.CONNECTION_GET, "x").join())
                .isInstanceOf(CompletionException.class).cause().isInstanceOfSatisfying(
                        UnsupportedCapabilityException.class,
                        e -> assertThat(e.capability()).isEqualTo(Capability.CONNECTION_GET));
    }

    @Test
    void inconsistentTablesAreRefusedWhenBuilt() {
        assertThatThrownBy(() -> OperationTable.builder(context -> new Object())
                .on(ProviderOperation.CONNECTION_UPDATE, (client, change) -> never()).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CONNECTION_GET");
        assertThatThrownBy(() -> OperationTable.builder(context -> new Object())
                .validator(ProviderOperation.CONNECTION_CREATE, request -> List.<Problem>of()).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not bound");
        assertThatThrownBy(() -> OperationTable.builder(context -> new Object())
                .on(ProviderOperation.CONNECTION_CREATE, (client, request) -> never()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("create(");
        assertThatThrownBy(() -> OperationTable.builder(context -> new Object())
                .validator(ProviderOperation.CONNECTION_RESUBMIT, change -> List.<Problem>of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CONNECTION_UPDATE");
        assertThatThrownBy(() -> OperationTable.builder(context -> new Object())
                .on(ProviderOperation.CONNECTION_GET, (client, id) -> never())
                .on(ProviderOperation.CONNECTION_GET, (client, id) -> never()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }
}
