package io.dclink.cli;

import io.dclink.DirectConnect;
import io.dclink.error.ErrorContext;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dclink routes}: prefixes reachable over a virtual interface or gateway. */
@Command(name = "routes", description = "Routes of a virtual interface or gateway.",
        subcommands = {RoutesCommand.Listing.class, RoutesCommand.Add.class, RoutesCommand.Delete.class})
final class RoutesCommand {

    /** Where the routes are: exactly one of a virtual interface and a gateway. */
    static final class Owner {
        @Option(names = "--vif", required = true, paramLabel = "ID", description = "The virtual interface's routes.")
        String virtualInterfaceId;

        @Option(names = "--gateway", required = true, paramLabel = "ID", description = "The gateway's routes.")
        String gatewayId;

        RouteQuery query() {
            return virtualInterfaceId != null ? RouteQuery.ofVirtualInterface(virtualInterfaceId)
                    : RouteQuery.ofGateway(gatewayId);
        }
    }

    /** {@code routes list --vif ID | --gateway ID}. */
    @Command(name = "list", description = "List the routes.")
    static final class Listing extends ClientCommand {
        @ArgGroup(multiplicity = "1")
        Owner owner;

        @Override
        void run(DirectConnect client) {
            out().list(client.routes().list(owner.query()).stream().toList(), Views.ROUTES);
        }
    }

    /** {@code routes add}. */
    @Command(name = "add", description = "Add a route.")
    static final class Add extends ClientCommand {
        @ArgGroup(multiplicity = "1")
        Owner owner;

        @Option(names = "--destination", required = true, paramLabel = "CIDR",
                description = "The prefix the route reaches, e.g. 10.0.0.0/16.")
        String destination;

        @Option(names = "--next-hop", paramLabel = "ADDRESS", description = "Where it goes (default: the provider's).")
        String nextHop;

        @Option(names = "--description", paramLabel = "TEXT", description = "A description of the route.")
        String description;

        @Option(names = "--idempotency-key", paramLabel = "KEY", description = "Makes repeating this command safe.")
        String idempotencyKey;

        @Override
        void run(DirectConnect client) {
            out().one(client.routes().create(CreateRouteRequest.builder().virtualInterfaceId(owner.virtualInterfaceId)
                    .gatewayId(owner.gatewayId).destination(destination).nextHop(nextHop).description(description)
                    .idempotencyKey(idempotencyKey).build()));
        }
    }

    /** {@code routes delete --vif ID (--destination CIDR | --id ID)}. */
    @Command(name = "delete", description = "Delete a route, named by destination or id.")
    static final class Delete extends ClientCommand {
        @ArgGroup(multiplicity = "1")
        Owner owner;

        @ArgGroup(multiplicity = "1")
        Which which;

        /** Exactly one of the route's destination and id. */
        static final class Which {
            @Option(names = "--destination", required = true, paramLabel = "CIDR",
                    description = "The route's destination prefix.")
            String destination;

            @Option(names = "--id", required = true, paramLabel = "ID",
                    description = "The route's id, where several share the destination.")
            String id;
        }

        @Override
        void run(DirectConnect client) {
            List<Route> matching = client.routes().list(owner.query()).stream()
                    .filter(r -> r.id().equals(which.id) || r.destination().equals(which.destination)).toList();
            String where = owner.virtualInterfaceId != null ? owner.virtualInterfaceId : owner.gatewayId;
            if (matching.isEmpty()) {
                throw new ResourceNotFoundException("No route " + (which.id != null ? which.id : which.destination) + " on "
                        + where, ErrorContext.of(root().provider), null);
            }
            if (matching.size() > 1) {
                throw new UsageException(matching.size() + " routes to " + which.destination + " on " + where
                        + ": name one with --id " + matching.stream().map(Route::id).toList());
            }
            Route route = matching.get(0);
            client.routes().delete(route);
            out().deleted("the route to " + route.destination() + ",", route.id());
        }
    }
}
