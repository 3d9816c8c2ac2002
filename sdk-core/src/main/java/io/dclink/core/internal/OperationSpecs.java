package io.dclink.core.internal;

import static io.dclink.spi.ProviderOperation.ACCESS_POINT_LIST;
import static io.dclink.spi.ProviderOperation.CONNECTION_CANCEL;
import static io.dclink.spi.ProviderOperation.CONNECTION_CONFIRM;
import static io.dclink.spi.ProviderOperation.CONNECTION_CREATE;
import static io.dclink.spi.ProviderOperation.CONNECTION_DELETE;
import static io.dclink.spi.ProviderOperation.CONNECTION_GET;
import static io.dclink.spi.ProviderOperation.CONNECTION_LIST;
import static io.dclink.spi.ProviderOperation.CONNECTION_PAY;
import static io.dclink.spi.ProviderOperation.CONNECTION_REDUNDANT_ORDER;
import static io.dclink.spi.ProviderOperation.CONNECTION_RESUBMIT;
import static io.dclink.spi.ProviderOperation.CONNECTION_TERMINATE;
import static io.dclink.spi.ProviderOperation.CONNECTION_UPDATE;
import static io.dclink.spi.ProviderOperation.GATEWAY_CREATE;
import static io.dclink.spi.ProviderOperation.GATEWAY_DELETE;
import static io.dclink.spi.ProviderOperation.GATEWAY_GET;
import static io.dclink.spi.ProviderOperation.GATEWAY_LIST;
import static io.dclink.spi.ProviderOperation.LOA_APPLY;
import static io.dclink.spi.ProviderOperation.LOA_COMPLETE;
import static io.dclink.spi.ProviderOperation.LOA_GET;
import static io.dclink.spi.ProviderOperation.LOA_REAPPLY;
import static io.dclink.spi.ProviderOperation.ROUTE_CREATE;
import static io.dclink.spi.ProviderOperation.ROUTE_DELETE;
import static io.dclink.spi.ProviderOperation.ROUTE_LIST;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_ACCEPT;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_CREATE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_DELETE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_GET;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_LIST;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_QUOTE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_RECOVER;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_REJECT;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_TERMINATE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_UPDATE;

import io.dclink.lifecycle.Operation;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.spi.Change;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.ProviderOperation;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every operation's description, in one place: what the pipeline checks before it calls the plugin. */
final class OperationSpecs {

    private static final Map<ProviderOperation<?, ?>, OperationSpec<?, ?>> SPECS = new LinkedHashMap<>();

    static {
        add(OperationSpec.of(ACCESS_POINT_LIST));
        add(OperationSpec.of(CONNECTION_LIST));
        add(OperationSpec.of(CONNECTION_GET));
        add(OperationSpec.of(CONNECTION_CREATE)
                .rulesReading((CreateConnectionRequest request, ProviderDescriptor provider) -> RequestRules.check(request,
                        provider.connectionOptions()))
                .keys(IdempotencyKeys.CONNECTION));
        add(OperationSpec.of(CONNECTION_REDUNDANT_ORDER).rulesReading(RequestRules::check)
                .keys(IdempotencyKeys.REDUNDANT_ORDER));
        add(OperationSpec.of(CONNECTION_UPDATE).rules(change -> RequestRules.check(change.request()))
                .gate(Gate.reading(CONNECTION_GET, Change::id, Operation.UPDATE))
                .whenRejected(CONNECTION_RESUBMIT, Operation.UPDATE));
        add(OperationSpec.of(CONNECTION_RESUBMIT).rules(change -> RequestRules.check(change.request()))
                .gate(Gate.reading(CONNECTION_GET, Change::id, Operation.UPDATE)));
        add(onConnection(CONNECTION_DELETE, Operation.DELETE));
        add(onConnection(CONNECTION_CANCEL, Operation.CANCEL));
        add(onConnection(CONNECTION_CONFIRM, Operation.CONFIRM));
        add(OperationSpec.of(CONNECTION_PAY).gate(Gate.reading(CONNECTION_GET, Change::id, Operation.PAY)));
        add(onConnection(CONNECTION_TERMINATE, Operation.TERMINATE));
        add(OperationSpec.of(LOA_GET));
        add(OperationSpec.of(LOA_APPLY).rules(change -> RequestRules.check(change.request()))
                .gate(Gate.reading(LOA_GET, Change::id, Operation.APPLY_LOA))
                .whenRejected(LOA_REAPPLY, Operation.REAPPLY_LOA));
        add(OperationSpec.of(LOA_REAPPLY).rules(change -> RequestRules.check(change.request()))
                .gate(Gate.reading(LOA_GET, Change::id, Operation.REAPPLY_LOA)));
        add(OperationSpec.of(LOA_COMPLETE).rules(change -> RequestRules.check(change.request()))
                .gate(Gate.reading(LOA_GET, Change::id, Operation.SUBMIT_CONSTRUCTION_REPORT)));
        add(OperationSpec.of(GATEWAY_LIST));
        add(OperationSpec.of(GATEWAY_GET));
        add(OperationSpec.of(GATEWAY_CREATE).rules(RequestRules::check).keys(IdempotencyKeys.GATEWAY));
        add(OperationSpec.of(GATEWAY_DELETE).gate(Gate.reading(GATEWAY_GET, id -> id, Operation.DELETE)));
        add(OperationSpec.of(VIRTUAL_INTERFACE_LIST));
        add(OperationSpec.of(VIRTUAL_INTERFACE_GET));
        add(OperationSpec.of(VIRTUAL_INTERFACE_CREATE)
                .rulesReading((CreateVirtualInterfaceRequest request, ProviderDescriptor provider) -> RequestRules.check(
                        request, provider.virtualInterfaceOptions()))
                .keys(IdempotencyKeys.VIRTUAL_INTERFACE)
                .gate(Gate.readingIfSupported(CONNECTION_GET, (CreateVirtualInterfaceRequest request) ->
                        request.connectionId(), Operation.CREATE_VIRTUAL_INTERFACE)
                        .anotherAccountsWhen(request -> request.ownerAccount() != null)));
        add(OperationSpec.of(VIRTUAL_INTERFACE_QUOTE)
                .rulesReading((CreateVirtualInterfaceRequest request, ProviderDescriptor provider) -> RequestRules.check(
                        request, provider.virtualInterfaceOptions()))
                .validatedAs(VIRTUAL_INTERFACE_CREATE));
        add(OperationSpec.of(VIRTUAL_INTERFACE_UPDATE).rules(change -> RequestRules.check(change.request()))
                .gate(Gate.reading(VIRTUAL_INTERFACE_GET, Change::id, Operation.UPDATE)));
        add(onInterface(VIRTUAL_INTERFACE_DELETE, Operation.DELETE));
        add(onInterface(VIRTUAL_INTERFACE_ACCEPT, Operation.ACCEPT));
        add(onInterface(VIRTUAL_INTERFACE_REJECT, Operation.REJECT));
        add(onInterface(VIRTUAL_INTERFACE_TERMINATE, Operation.TERMINATE));
        add(onInterface(VIRTUAL_INTERFACE_RECOVER, Operation.RECOVER));
        add(OperationSpec.of(ROUTE_LIST));
        add(OperationSpec.of(ROUTE_CREATE).rules(RequestRules::check).keys(IdempotencyKeys.ROUTE)
                .gate(Gate.readingIfSupported(VIRTUAL_INTERFACE_GET, request -> request.virtualInterfaceId(),
                        Operation.ADD_ROUTE)));
        add(OperationSpec.of(ROUTE_DELETE).gate(Gate.on(route -> route, Operation.DELETE)));
        if (!SPECS.keySet().containsAll(ProviderOperation.all())) {
            throw new IllegalStateException("an operation has no spec");
        }
    }

    private OperationSpecs() {
    }

    @SuppressWarnings("unchecked")
    static <I, O> OperationSpec<I, O> of(ProviderOperation<I, O> operation) {
        return (OperationSpec<I, O>) SPECS.get(operation);
    }

    private static void add(OperationSpec<?, ?> spec) {
        SPECS.put(spec.operation(), spec);
    }

    private static <O> OperationSpec<String, O> onConnection(ProviderOperation<String, O> operation, Operation allowed) {
        return OperationSpec.of(operation).gate(Gate.reading(CONNECTION_GET, id -> id, allowed));
    }

    private static <O> OperationSpec<String, O> onInterface(ProviderOperation<String, O> operation, Operation allowed) {
        return OperationSpec.of(operation).gate(Gate.reading(VIRTUAL_INTERFACE_GET, id -> id, allowed));
    }
}
