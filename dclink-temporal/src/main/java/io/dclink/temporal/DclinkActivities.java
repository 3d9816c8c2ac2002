package io.dclink.temporal;

import static io.dclink.temporal.Failures.mapped;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.error.InvalidStateException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.model.Connection;
import io.dclink.model.ConstructionReport;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.LoaApplication;
import io.dclink.model.PaymentOptions;
import io.dclink.model.RouteQuery;
import io.dclink.model.VirtualInterface;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import java.util.Objects;

/**
 * The activities, on the worker's dclink clients. Reads answer {@code null} for a resource that is
 * gone; deletes are done when the resource is gone.
 */
public final class DclinkActivities implements LineActivities {

    private final WorkerClients clients;
    private final PrivateInputs privateInputs;

    /**
     * Activities on the worker's clients.
     *
     * @param clients the client for each provider id the workflows name
     * @param privateInputs where BGP keys and LOA applications come from
     */
    public DclinkActivities(WorkerClients clients, PrivateInputs privateInputs) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.privateInputs = Objects.requireNonNull(privateInputs, "privateInputs");
    }

    @Override
    public ResourceView orderLine(String provider, CreateConnectionRequest request) {
        CreateConnectionRequest keyed = request.toBuilder().idempotencyKey(key("line")).build();
        return mapped(() -> view(client(provider).connections().create(keyed)));
    }

    @Override
    public ResourceView readLine(String provider, String id) {
        return mapped(() -> {
            try {
                return view(client(provider).connections().get(id));
            } catch (ResourceNotFoundException gone) {
                return null;
            }
        });
    }

    @Override
    public ResourceView pay(String provider, String id, PaymentOptions options) {
        PaymentOptions keyed = new PaymentOptions(options.termMonths(), options.autoRenew(), key("pay"));
        return mapped(() -> view(client(provider).connections().pay(id, keyed)));
    }

    @Override
    public ResourceView applyLoa(String provider, String id) {
        LoaApplication keyed = privateInputs.loaApplication(provider, id).orElseThrow(() ->
                ApplicationFailure.newNonRetryableFailure("this worker has no LOA application for line " + id
                        + ": give it in the worker's PrivateInputs", "NoLoaApplication"))
                .toBuilder().idempotencyKey(key("loa")).build();
        return mapped(() -> {
            client(provider).loas().apply(id, keyed);
            return view(client(provider).connections().get(id));
        });
    }

    @Override
    public ResourceView reportConstruction(String provider, String id, ConstructionReport report) {
        ConstructionReport keyed = new ConstructionReport(report.lineCode(), report.cableLabel(),
                report.lineServiceProvider(), report.lineServiceContact(), report.constructionFinished(),
                key("construction"));
        return mapped(() -> {
            client(provider).loas().complete(id, keyed);
            return view(client(provider).connections().get(id));
        });
    }

    @Override
    public ResourceView confirm(String provider, String id) {
        return mapped(() -> view(client(provider).connections().confirm(id)));
    }

    @Override
    public String createGateway(String provider, CreateGatewayRequest request) {
        CreateGatewayRequest keyed = request.toBuilder().idempotencyKey(key("gateway")).build();
        return mapped(() -> client(provider).gateways().create(keyed).id());
    }

    @Override
    public ResourceView createInterface(String provider, CreateVirtualInterfaceRequest request) {
        CreateVirtualInterfaceRequest keyed = request.toBuilder().idempotencyKey(key("interface")).build();
        CreateVirtualInterfaceRequest sent = privateInputs.bgpKey(provider, request)
                .map(secret -> WithBgpKey.of(keyed, secret)).orElse(keyed);
        return mapped(() -> view(client(provider).virtualInterfaces().create(sent)));
    }

    @Override
    public ResourceView readInterface(String provider, String id) {
        return mapped(() -> {
            try {
                return view(client(provider).virtualInterfaces().get(id));
            } catch (ResourceNotFoundException gone) {
                return null;
            }
        });
    }

    @Override
    public String addRoute(String provider, CreateRouteRequest request) {
        CreateRouteRequest keyed = new CreateRouteRequest(request.virtualInterfaceId(), request.gatewayId(),
                request.destination(), request.nextHop(), request.description(), key("route-" + request.destination()));
        return mapped(() -> client(provider).routes().create(keyed).id());
    }

    @Override
    public void removeRoutes(String provider, String interfaceId) {
        DirectConnect client = client(provider);
        mapped(() -> client.routes().list(RouteQuery.ofVirtualInterface(interfaceId)).stream()
                .forEach(route -> client.routes().delete(route)));
    }

    @Override
    public void deleteInterface(String provider, String id) {
        mapped(() -> client(provider).virtualInterfaces().delete(id));
    }

    @Override
    public void deleteGateway(String provider, String id) {
        mapped(() -> client(provider).gateways().delete(id));
    }

    /** A line whose lifecycle refuses deletion while in service is terminated first, and the retry deletes it. */
    @Override
    public void deleteLine(String provider, String id) {
        DirectConnect client = client(provider);
        mapped(() -> {
            try {
                client.connections().delete(id);
            } catch (InvalidStateException inService) {
                if (!client.provider().supports(Capability.CONNECTION_TERMINATE)) {
                    throw inService;
                }
                Connection line = client.connections().terminate(id);
                throw ApplicationFailure.newFailure("line " + id + " is being terminated before it is deleted ("
                        + line.providerState().value() + ")", "Terminating");
            }
        });
    }

    private DirectConnect client(String provider) {
        return clients.of(provider);
    }

    private static String key(String step) {
        return StepKeys.of(Activity.getExecutionContext().getInfo().getWorkflowId(), step);
    }

    private static ResourceView view(Connection line) {
        return ResourceView.of(line, line.providerState());
    }

    private static ResourceView view(VirtualInterface vif) {
        return ResourceView.of(vif, vif.providerState());
    }
}
