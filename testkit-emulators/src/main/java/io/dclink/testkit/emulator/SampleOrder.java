package io.dclink.testkit.emulator;

import io.dclink.auth.Secret;
import io.dclink.model.ConstructionReport;
import io.dclink.model.ConstructionType;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.FieldEngineer;
import io.dclink.model.Gateway;
import io.dclink.model.Gender;
import io.dclink.model.IdDocumentType;
import io.dclink.model.LoaApplication;
import io.dclink.model.PaymentOptions;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.VirtualInterface;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What to order from an emulator so that its provider accepts it: requests valid for the
 * emulator's seeded world (its access points, networks and ranges), written from the provider's
 * reference like the emulator itself. The compatibility kit, the demo and integration tests order
 * from it; a vendor's kit may still override any request.
 */
public interface SampleOrder {

    /** The BGP authentication key of {@link #virtualInterface} where the provider takes one; it must never be seen again. */
    String BGP_AUTH_KEY = "sample-Bgp-Auth-Key-3b2f1a";

    /**
     * A valid application for a line at one of the emulator's access points.
     *
     * @param name the line's name
     * @return the request
     * @throws UnsupportedOperationException where the provider's lines are not ordered through its API
     */
    CreateConnectionRequest connection(String name);

    /**
     * The application as the provider's own guide orders a line, with the first step the guide asks
     * for where the plugin offers it as a provider option (Alibaba's self-service guide starts with the
     * installation-fee order); the demo orders this one.
     *
     * @param name the line's name
     * @return the request; {@link #connection(String)} where the guide asks for no first step
     */
    default CreateConnectionRequest guidedConnection(String name) {
        return connection(name);
    }

    /**
     * A line the emulator's account already has, active, for a provider whose lines are not ordered
     * through its API (Console Connect's ports are ordered by an administrator).
     *
     * @return its id; empty where lines are ordered through the API
     */
    default Optional<String> readyConnection() {
        return Optional.empty();
    }

    /**
     * A valid gateway, attached where the provider attaches one to a network.
     *
     * @param name the gateway's name
     * @return the request; empty for a provider without gateways
     */
    default Optional<CreateGatewayRequest> gateway(String name) {
        return Optional.empty();
    }

    /**
     * A valid interface on an active line, as the provider usually makes them: BGP (with
     * {@link #BGP_AUTH_KEY} where the provider takes a key) where it routes, a Layer 2 connection
     * where it does not.
     *
     * @param connectionId the active line
     * @param gateway the gateway from {@link #gateway}, or {@code null} for a provider without gateways
     * @param vlan a VLAN id valid for the provider, distinct per call
     * @return the request
     */
    CreateVirtualInterfaceRequest virtualInterface(String connectionId, Gateway gateway, int vlan);

    /**
     * A valid interface with static routing, where the provider has it.
     *
     * @param connectionId the active line
     * @param gateway the gateway, or {@code null}
     * @param vlan a VLAN id valid for the provider, distinct per call
     * @return the request; empty where every interface speaks BGP
     */
    default Optional<CreateVirtualInterfaceRequest> staticInterface(String connectionId, Gateway gateway, int vlan) {
        return Optional.empty();
    }

    /**
     * A route toward the customer's network on an active interface.
     *
     * @param virtualInterface the interface
     * @param destination a destination prefix, distinct per call
     * @return the request
     */
    default CreateRouteRequest route(VirtualInterface virtualInterface, String destination) {
        return CreateRouteRequest.builder().virtualInterfaceId(virtualInterface.id()).destination(destination).build();
    }

    /**
     * The other routes a working setup needs besides {@link #route}: where the provider keeps the
     * cloud network's route table apart from the interface's (a VPC rule toward the gateway, the
     * gateway's route toward the VPC).
     *
     * @param gateway the gateway
     * @param customerNetwork the customer's prefix the interface's route leads to
     * @return the requests, in the order to create them; none by default
     */
    default List<CreateRouteRequest> networkRoutes(Gateway gateway, String customerNetwork) {
        return List.of();
    }

    /**
     * What a rejected application is resubmitted with.
     *
     * @return the changes
     */
    default UpdateConnectionRequest resubmission() {
        return UpdateConnectionRequest.builder().name("resubmitted").build();
    }

    /**
     * How the line is paid, where the API takes payment.
     *
     * @return the options
     */
    default PaymentOptions payment() {
        return PaymentOptions.defaults();
    }

    /**
     * A valid LOA application, where the provider issues LOAs.
     *
     * @return the application
     */
    default LoaApplication loaApplication() {
        return LoaApplication.builder().companyName("Sample Networks Ltd").constructionCompany("Sample Installers")
                .constructionType(ConstructionType.FIBRE).constructionTime(Instant.parse("2030-01-15T02:00:00Z"))
                .customerLocation("Rack 12, Hall B").engineers(List.of(new FieldEngineer("Li Lei", "13800000000",
                        IdDocumentType.ID_CARD, Secret.of("110101199001011234"), Gender.MALE)))
                .build();
    }

    /**
     * A valid report of the finished construction, where the provider takes one.
     *
     * @return the report
     */
    default ConstructionReport constructionReport() {
        return ConstructionReport.builder().lineCode("SAMPLE-LINE-001").cableLabel("HALL-B-12-03")
                .lineServiceProvider("China Telecom").lineServiceContact("13900000000").build();
    }

    /**
     * A VLAN id the provider refuses.
     *
     * @return the id
     */
    default int invalidVlan() {
        return 99_999;
    }
}
