package io.dclink.provider.alibaba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dclink.DirectConnect;
import io.dclink.auth.Secret;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.BgpPeering;
import io.dclink.model.Connection;
import io.dclink.model.ConstructionReport;
import io.dclink.model.Contact;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.FieldEngineer;
import io.dclink.model.Gender;
import io.dclink.model.IdDocumentType;
import io.dclink.model.LoaApplication;
import io.dclink.model.PaymentOptions;
import io.dclink.model.RoutingType;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import io.dclink.testkit.alibaba.AlibabaEmulator;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.junit.EmulatedProvider;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad requests and Express Connect's restrictions are refused with every problem named, before anything is ordered. */
@EmulatedProvider("alibaba")
class AlibabaValidationTest {

    private DirectConnect client;
    private AlibabaEmulator emulator;

    @BeforeEach
    void connect(DirectConnect emulatedClient, Emulator started) {
        client = emulatedClient;
        emulator = (AlibabaEmulator) started;
    }

    private ValidationException refused(Runnable call) {
        ValidationException refused = catchThrowableOfType(ValidationException.class, call::run);
        assertThat(refused).as("a ValidationException").isNotNull();
        return refused;
    }

    private List<String> fields(ValidationException refused) {
        return refused.problems().stream().map(Problem::field).toList();
    }

    private CreateConnectionRequest line(String name) {
        return AlibabaRequests.line(name, emulator.selfServiceAccessPoint());
    }

    @Test
    void sdhCposV35AndG703InterfacesAreRefusedByName() {
        for (String portType : List.of("SDH 155M CPOS", "V.35", "G.703")) {
            ValidationException refused = refused(() -> client.connections().create(line("legacy").toBuilder()
                    .portType(portType).build()));

            assertThat(fields(refused)).containsExactly("portType");
            assertThat(refused.problems().get(0).message()).contains("does not support SDH 155M CPOS, V.35 or G.703");
        }
        assertThat(emulator.requests().all()).isEmpty();
    }

    @Test
    void anApplicationNamesEveryProblem() {
        CreateConnectionRequest bad = line("9-starts-with-a-digit").toBuilder().carrier("China Telecom").portType("25GBase-X")
                .redundantConnectionId("vbr-123").tags(Map.of("aliyun-owned", "x")).bandwidthMbps(1)
                .providerOptions(Map.of("OpticalModuleModel", "SFP-GE-LR-SM1310,10KM")).build();

        assertThat(fields(refused(() -> client.connections().create(bad)))).containsExactlyInAnyOrder("carrier", "portType",
                "name", "bandwidthMbps", "redundantConnectionId", "tags.aliyun-owned", "providerOptions.OpticalModuleModel");
        assertThat(emulator.requests().all()).isEmpty();
    }

    /** A line the provider has allocated, so that it can be named as a redundancy. */
    private Connection allocated(String name) {
        Connection line = client.connections().create(line(name));
        emulator.operator().approve(line.id());
        emulator.operator().advance(ResourceType.CONNECTION, line.id());
        return client.connections().get(line.id());
    }

    @Test
    void aSecondLineAtAnAccessPointNeedNotNameARedundancy() {
        // No source documents such a rule: only that a named redundancy must be Allocated, Confirmed or Enabled.
        Connection first = allocated("primary");

        Connection second = client.connections().create(line("secondary"));
        Connection paired = client.connections().create(line("tertiary").toBuilder().redundantConnectionId(first.id()).build());

        assertThat(second.redundantConnectionId()).isNull();
        assertThat(paired.redundantConnectionId()).isEqualTo(first.id());
        assertThat(emulator.requests().count("CreatePhysicalConnection")).isEqualTo(3);
    }

    @Test
    void aNamedRedundancyAtAnotherAccessPointIsAccepted() {
        Connection elsewhere = allocated("elsewhere");

        Connection here = client.connections().create(AlibabaRequests.line("here", emulator.partnerAccessPoint())
                .toBuilder().redundantConnectionId(elsewhere.id()).build());

        assertThat(here.redundantConnectionId()).isEqualTo(elsewhere.id());
    }

    @Test
    void aNamedRedundancyMustBeAllocatedConfirmedOrEnabledAndNothingIsOrderedOtherwise() {
        Connection pending = client.connections().create(line("pending"));

        ValidationException refused = refused(() -> client.connections().create(line("paired").toBuilder()
                .redundantConnectionId(pending.id()).build()));
        ValidationException unknown = refused(() -> client.connections().create(line("paired").toBuilder()
                .redundantConnectionId("pc-doesnotexist").build()));

        assertThat(fields(refused)).containsExactly("redundantConnectionId");
        assertThat(refused.problems().get(0).message()).contains("Allocated, Confirmed or Enabled", "Initial");
        assertThat(fields(unknown)).containsExactly("redundantConnectionId");
        assertThat(emulator.requests().count("CreatePhysicalConnection")).isEqualTo(1);
    }

    @Test
    void aVbrNamesEveryProblem() {
        CreateVirtualInterfaceRequest bad = CreateVirtualInterfaceRequest.builder().name("vbr").connectionId("pc-1")
                .gatewayId("vbr-self").networkId("vpc-1").vlan(3000).bandwidthMbps(150)
                .providerAddress("10.0.0.1/31").customerAddress("10.0.0.0/31")
                .routing(RoutingType.BGP).bgp(BgpPeering.customer(45_104L, null)).build();

        assertThat(fields(refused(() -> client.virtualInterfaces().create(bad)))).contains("gatewayId", "networkId", "vlan",
                "bandwidthMbps", "providerAddress", "customerAddress", "bgp.customerAsn");
        assertThat(emulator.requests().all()).isEmpty();
    }

    @Test
    void aLayer2CircuitIsNotAVbr() {
        CreateVirtualInterfaceRequest layer2 = AlibabaRequests.staticVbr("pc-1", 10).toBuilder().routing(RoutingType.NONE)
                .staticPrefixes(List.of()).build();

        assertThat(fields(refused(() -> client.virtualInterfaces().create(layer2)))).containsExactly("routing");
        assertThat(emulator.requests().all()).isEmpty();
    }

    @Test
    void routesInsideTheSharedAddressSpaceAreRefused() {
        ValidationException refused = refused(() -> client.routes().create(CreateRouteRequest.builder()
                .virtualInterfaceId("vbr-1").destination("100.64.8.0/24").nextHop("10.0.0.2").build()));

        assertThat(fields(refused)).containsExactlyInAnyOrder("destination", "nextHop");
        assertThat(emulator.requests().all()).isEmpty();
    }

    @Test
    void anLoaApplicationNeedsOneToSixteenEngineersWithAcceptedDocuments() {
        FieldEngineer engineer = new FieldEngineer("Han Meimei", "13700000000", IdDocumentType.OTHER, Secret.of("X1"),
                Gender.FEMALE);
        Connection line = allocated("loa-line");

        ValidationException wrongDocument = refused(() -> client.loas().apply(line.id(), AlibabaRequests.loa().toBuilder()
                .engineers(List.of(engineer)).build()));
        ValidationException tooMany = refused(() -> client.loas().apply(line.id(), AlibabaRequests.loa().toBuilder()
                .engineers(Collections.nCopies(17, AlibabaRequests.loa().engineers().get(0))).build()));

        assertThat(fields(wrongDocument)).containsExactly("engineers[0].idType");
        assertThat(fields(tooMany)).containsExactly("engineers");
        assertThat(emulator.requests().count("ApplyPhysicalConnectionLOA")).isZero();
    }

    @Test
    void aVbrForAnotherAccountAndAProviderAsnOutsideAlibabasRangesAreRefused() {
        CreateVirtualInterfaceRequest forOther = AlibabaRequests.bgpVbr("pc-1", 10, 65_010).toBuilder()
                .ownerAccount("100000000099").bgp(new BgpPeering(65_010L, 65_025L, null)).build();

        assertThat(fields(refused(() -> client.virtualInterfaces().create(forOther))))
                .containsExactlyInAnyOrder("ownerAccount", "bgp.providerAsn");
    }

    @Test
    void namesAndDescriptionsFollowTheReferencesRules() {
        CreateConnectionRequest dotted = line("has.dot").toBuilder().description("Rack 7, hall B (north) / row 2").build();
        CreateConnectionRequest url = line("ok-name").toBuilder().description("https://example.com").build();

        assertThat(fields(refused(() -> client.connections().create(dotted)))).containsExactly("name");
        assertThat(fields(refused(() -> client.connections().create(url)))).containsExactly("description");
    }

    @Test
    void aPaymentTermAlibabaDoesNotSellIsRefused() {
        Connection line = client.connections().create(AlibabaRequests.line("term", emulator.partnerAccessPoint()));
        emulator.operator().approve(line.id());

        for (int months : new int[] {10, 0, -12, 72}) {
            assertThat(fields(refused(() -> client.connections().pay(line.id(), PaymentOptions.builder().termMonths(months)
                    .build())))).as(months + " months").containsExactly("termMonths");
        }
        assertThat(emulator.requests().count("CreatePhysicalConnectionOccupancyOrder")).isZero();
    }

    @Test
    void aLongOrControlledCustomerAddressAndOtherFreeTextAreRefused() {
        CreateConnectionRequest request = line("texts").toBuilder().customerAddress("Room 301\u0000" + "x".repeat(5_000))
                .circuitCode("CT\n0001").tags(Map.of("team", "net\u202Ework", "owner", "x".repeat(129))).build();

        assertThat(fields(refused(() -> client.connections().create(request)))).containsExactlyInAnyOrder(
                "customerAddress", "customerAddress", "circuitCode", "tags.team", "tags.owner");
        assertThat(fields(refused(() -> client.connections().create(line("long").toBuilder()
                .customerAddress("x".repeat(5_000)).build())))).containsExactly("customerAddress");
        assertThat(fields(refused(() -> client.connections().update("pc-12345678", UpdateConnectionRequest.builder()
                .customerAddress("a\u0000b").circuitCode("x".repeat(1_000)).build()))))
                .containsExactlyInAnyOrder("customerAddress", "circuitCode");
        assertThat(emulator.requests().all()).isEmpty();
    }

    @Test
    void contactsOnACreateAreRefusedBecauseAlibabaKeepsNone() {
        ValidationException malformed = refused(() -> client.connections().create(line("contact").toBuilder()
                .contact(new Contact("Zhang San", "138", "not-an-email")).build()));
        ValidationException wellFormed = refused(() -> client.connections().create(line("contact").toBuilder()
                .faultContact(new Contact("Li Si", "159", "noc@example.com")).build()));

        assertThat(fields(malformed)).containsExactly("contact");
        assertThat(malformed.problems().get(0).message()).contains("keeps no contacts");
        assertThat(fields(wellFormed)).containsExactly("faultContact");
        assertThat(emulator.requests().all()).isEmpty();
    }

    @Test
    void theReservedAsn4294967295IsNotAPeerAsn() {
        CreateVirtualInterfaceRequest reserved = AlibabaRequests.bgpVbr("pc-1", 10, 4_294_967_295L);

        assertThat(fields(refused(() -> client.virtualInterfaces().create(reserved)))).containsExactly("bgp.customerAsn");
        assertThat(fields(refused(() -> client.virtualInterfaces().update("vbr-1", UpdateVirtualInterfaceRequest.builder()
                .bgp(BgpPeering.customer(4_294_967_295L, null)).build())))).containsExactly("bgp.customerAsn");
    }

    @Test
    void aVbrUpdateIsCheckedLikeACreate() {
        UpdateVirtualInterfaceRequest bad = UpdateVirtualInterfaceRequest.builder().name("vbr\u0000").description("d\ne")
                .bandwidthMbps(Integer.MAX_VALUE).build();

        assertThat(fields(refused(() -> client.virtualInterfaces().update("vbr-1", bad))))
                .containsExactlyInAnyOrder("name", "description", "bandwidthMbps");
        assertThat(fields(refused(() -> client.virtualInterfaces().create(AlibabaRequests.staticVbr("pc-1", 10).toBuilder()
                .description("two\nlines").build())))).containsExactly("description");
    }

    @Test
    void everyFreeTextOfAnLoaApplicationAndAConstructionReportIsChecked() {
        FieldEngineer engineer = new FieldEngineer("Han\u202EMeimei", "137\u0000", IdDocumentType.ID_CARD,
                Secret.of("x".repeat(100)), Gender.FEMALE);
        LoaApplication application = AlibabaRequests.loa().toBuilder().companyName("Example\nNetworks")
                .constructionCompany("x".repeat(1_000)).customerLocation("Rack\u000012").engineers(List.of(engineer)).build();
        ConstructionReport report = AlibabaRequests.report().toBuilder().lineCode("L\u0000").cableLabel("x".repeat(1_000))
                .lineServiceProvider("China\u202ETelecom").lineServiceContact("139\n").build();

        assertThat(fields(refused(() -> client.loas().apply("pc-1", application)))).containsExactlyInAnyOrder(
                "companyName", "constructionCompany", "customerLocation", "engineers[0].name", "engineers[0].phone",
                "engineers[0].idNumber");
        assertThat(fields(refused(() -> client.loas().complete("pc-1", report)))).containsExactlyInAnyOrder(
                "lineCode", "cableLabel", "lineServiceProvider", "lineServiceContact");
        assertThat(emulator.requests().all()).isEmpty();
    }

    @Test
    void aRouteDescriptionFollowsTheReferenceAndIsFreeOfControlCharacters() {
        CreateRouteRequest request = CreateRouteRequest.builder().virtualInterfaceId("vbr-1").destination("10.8.0.0/16")
                .description("office\u0000").build();

        assertThat(fields(refused(() -> client.routes().create(request)))).containsExactly("description");
        assertThat(fields(refused(() -> client.routes().create(request.toBuilder().description("x".repeat(257)).build()))))
                .containsExactly("description");
        assertThat(emulator.requests().all()).isEmpty();
    }
}
