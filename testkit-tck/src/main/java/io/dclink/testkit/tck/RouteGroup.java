package io.dclink.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.RouteState;
import io.dclink.model.Connection;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import io.dclink.model.VirtualInterface;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Routes: added to an active virtual interface, listed and removed. */
public interface RouteGroup extends KitGroup {

    /** Checks that routes are added to an active virtual interface, listed and removed. */
    @Test
    @DisplayName("are added to an active virtual interface, listed and removed")
    default void routeLifecycle() {
        KitFixture kit = kit();
        if (!kit.declaresOnAnActiveLine(Capability.VIRTUAL_INTERFACE_CREATE, Capability.ROUTE_CREATE,
                Capability.ROUTE_LIST)) {
            return;
        }
        DirectConnect client = kit.client();
        Connection line = kit.activeConnection("tck-route-line");
        VirtualInterface created = client.virtualInterfaces()
                .create(kit.routedVirtualInterfaceRequest(line.id(), kit.gatewayIfAny(), 104));
        kit.walker().virtualInterfaceToActive(created.id());
        VirtualInterface vif = client.virtualInterfaces().get(created.id());

        Route route = client.routes().create(kit.routeRequest(vif, "172.16.10.0/24"));
        assertThat(route.destination()).isEqualTo("172.16.10.0/24");
        if (route.state() == RouteState.PENDING) {
            kit.emulator().operator().advance(ResourceType.ROUTE, route.id());
        }
        List<Route> listed = client.routes().list(RouteQuery.ofVirtualInterface(vif.id())).stream().collect(Collectors.toList());
        assertThat(listed).extracting(Route::destination).contains("172.16.10.0/24");

        if (kit.supports(Capability.ROUTE_DELETE)) {
            Route current = listed.stream().filter(r -> r.destination().equals("172.16.10.0/24")).findFirst().orElseThrow();
            client.routes().delete(current);
            if (client.routes().list(RouteQuery.ofVirtualInterface(vif.id())).stream()
                    .anyMatch(r -> r.destination().equals("172.16.10.0/24"))) {
                kit.emulator().operator().advance(ResourceType.ROUTE, current.id());
            }
            assertThat(client.routes().list(RouteQuery.ofVirtualInterface(vif.id())).stream()
                    .map(Route::destination)).doesNotContain("172.16.10.0/24");
        }
    }
}
