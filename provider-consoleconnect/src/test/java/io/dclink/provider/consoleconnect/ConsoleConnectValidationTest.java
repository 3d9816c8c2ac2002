package io.dclink.provider.consoleconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.dclink.DirectConnect;
import io.dclink.auth.Secret;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.kit.json.JsonRecord;
import io.dclink.model.BgpPeering;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.RoutingType;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.testkit.consoleconnect.ConsoleConnectEmulator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * What is refused before anything is ordered: every problem of a request at once, each naming its
 * field, with nothing sent; then what needs Console Connect's answers — the destination company and
 * its metro or port, and the speed within both ends' remaining capacity — with only reads sent.
 */
class ConsoleConnectValidationTest extends EmulatedConsoleConnect {

    @Test
    void everyLocalProblemIsNamedAndNothingIsSent() {
        CreateVirtualInterfaceRequest request = CreateVirtualInterfaceRequest.builder().name("x".repeat(101))
                .connectionId("port-1").gatewayId("HKG").vlan(1).description("mine").networkId("vpc-1")
                .providerAddress("10.0.0.1/30").customerAddress("10.0.0.2/30").tags(Map.of("team", "net"))
                .routing(RoutingType.NONE).bgp(new BgpPeering(65_010L, 45_090L, Secret.of("bgp-key"))).build();

        assertThat(problems(() -> client.virtualInterfaces().create(request))).containsExactlyInAnyOrder("name",
                "connectionId", "gatewayId", "ownerAccount", "bandwidthMbps", "vlan", "description", "networkId",
                "providerAddress", "customerAddress", "tags", "bgp");
        assertThat(problems(() -> client.virtualInterfaces().create(Orders.toAcme("a\u202Eb", "a".repeat(24), 0, 4095)
                .ownerAccount("acme exchange").routing(RoutingType.STATIC).staticPrefixes(List.of("10.1.0.0/24")).build())))
                .containsExactlyInAnyOrder("name", "bandwidthMbps", "vlan", "ownerAccount", "routing", "staticPrefixes");
        assertThat(emulator.requests().size()).isZero();
    }

    @Test
    void aLayer2ConnectionRoutesNothingAndSaysSo() {
        String megaI = "a".repeat(24);
        CreateVirtualInterfaceRequest bgp = Orders.toAcme("bgp", megaI, 100, 1740).routing(RoutingType.BGP)
                .bgp(BgpPeering.customer(65_010, null)).build();

        assertThat(problemMessages(() -> client.virtualInterfaces().create(bgp))).anySatisfy(problem -> assertThat(problem)
                .contains("routing", "routing NONE")).anySatisfy(problem -> assertThat(problem).contains("bgp",
                        "carries no BGP settings"));
        assertThat(emulator.requests().size()).isZero();
    }

    @Test
    void theProviderOptionsAreCheckedBeforeAnythingIsSent() {
        String source = "a".repeat(24);
        Map<String, String> options = new HashMap<>(Map.of(Layer2Options.DEST_METRO, "HKG", Layer2Options.DEST_DCF, "5d0b",
                Layer2Options.DEST_PORT, source, "paymentType", "creditcard", "duration", "0", "evergreen", "yes",
                "classOfService", "PLATINUM", "discountCode", "TWO WORDS"));
        options.put("paymentTransactionId", "tx-1");

        assertThat(problems(() -> client.virtualInterfaces().create(Orders.toAcme("options", source, 100, 1750)
                .providerOptions(options).build()))).containsExactlyInAnyOrder("providerOptions.destMetroId",
                        "providerOptions.destDcf", "providerOptions.destPortId", "providerOptions.paymentType",
                        "providerOptions.duration", "providerOptions.durationUnit", "providerOptions.evergreen",
                        "providerOptions.classOfService", "providerOptions.discountCode",
                        "providerOptions.paymentTransactionId");
        assertThat(emulator.requests().size()).isZero();
    }

    @Test
    void theSpeedMustFitWhatBothEndsCanStillCarry() {
        String hk1 = port("HKG-HK1");
        String megaI = port("HKG-MEGA-I");
        int before = emulator.requests().size();

        assertThat(problemMessages(() -> client.virtualInterfaces().create(Orders.toAcme("too-fast", hk1, 1_500, 1700)
                .build()))).singleElement().asString().contains("bandwidthMbps", "1000 Mbps", hk1);
        assertThat(problemMessages(() -> client.virtualInterfaces().create(Orders.toAcme("too-far", megaI, 300, 1701)
                .providerOptions(Map.of(Layer2Options.DEST_METRO, Orders.LONDON)).build()))).singleElement().asString()
                .contains("bandwidthMbps", "200 Mbps", ConsoleConnectEmulator.B2B_COMPANY);
        assertThat(since(before)).extracting(r -> r.operation()).doesNotContain("createLayer2Connection");

        VirtualInterface fits = client.virtualInterfaces().create(Orders.toAcme("fits", megaI, 200, 1702)
                .providerOptions(Map.of(Layer2Options.DEST_PORT, Orders.ACME_LONDON_PORT)).build());
        assertThat(emulator.requests().of("createLayer2Connection").get(0).request().bodyText())
                .contains("\"destPortId\":\"" + Orders.ACME_LONDON_PORT + "\"", "\"destMetroId\":\"" + Orders.LONDON + "\"");
        assertThat(problemMessages(() -> client.virtualInterfaces().create(Orders.toAcme("no-room-left", megaI, 10, 1703)
                .providerOptions(Map.of(Layer2Options.DEST_PORT, Orders.ACME_LONDON_PORT)).build()))).singleElement()
                .asString().contains("0 Mbps");
        assertThat(fits.bandwidthMbps()).isEqualTo(200);
    }

    @Test
    void theDestinationMustExistTakeLayer2AndHaveTheMetroFacilityOrPortNamed() {
        String megaI = port("HKG-MEGA-I");
        String singapore = port("SIN-SG1");
        emulator.operator().completeConstruction(singapore);

        assertThat(problemMessages(() -> client.virtualInterfaces().create(Orders.toAcme("x", megaI, 100, 1710)
                .ownerAccount("nobody-here").build()))).singleElement().asString().contains("ownerAccount", "no Console Connect company");
        assertThat(problemMessages(() -> client.virtualInterfaces().create(Orders.toAcme("x", megaI, 100, 1711)
                .ownerAccount(ConsoleConnectEmulator.NO_LAYER2_COMPANY).build()))).singleElement().asString()
                .contains("ownerAccount", "takes no Layer 2 connections");
        assertThat(problemMessages(() -> client.virtualInterfaces().create(Orders.toTencent("x", megaI)
                .providerOptions(Map.of(Layer2Options.DEST_METRO, Orders.LONDON)).build()))).singleElement().asString()
                .contains("providerOptions.destMetroId", Orders.HONG_KONG, Orders.SINGAPORE);
        assertThat(problemMessages(() -> client.virtualInterfaces().create(Orders.toAcme("x", singapore, 100, 1712)
                .providerOptions(Map.of()).build()))).singleElement().asString()
                .contains("providerOptions.destMetroId", "is required", Orders.SINGAPORE);
        assertThat(problemMessages(() -> client.virtualInterfaces().create(Orders.toAcme("x", megaI, 100, 1713)
                .providerOptions(Map.of(Layer2Options.DEST_METRO, Orders.HONG_KONG, Layer2Options.DEST_DCF, Orders.MEGA_I))
                .build()))).singleElement().asString().contains("providerOptions.destDcf", Orders.MEGA_I);
        assertThat(problemMessages(() -> client.virtualInterfaces().create(Orders.toAcme("x", megaI, 100, 1714)
                .providerOptions(Map.of(Layer2Options.DEST_PORT, "b".repeat(24))).build()))).singleElement().asString()
                .contains("providerOptions.destPortId", "names no port of acme-exchange");
        assertThat(problemMessages(() -> client.virtualInterfaces().create(Orders.toAcme("x", megaI, 100, 1715)
                .providerOptions(Map.of(Layer2Options.DEST_PORT, Orders.ACME_LONDON_PORT, Layer2Options.DEST_METRO,
                        Orders.HONG_KONG)).build()))).singleElement().asString()
                .contains("providerOptions.destMetroId", "is in metro " + Orders.LONDON);
        assertThat(count("createLayer2Connection")).isZero();

        client.virtualInterfaces().create(Orders.toTencent("same-metro", megaI).providerOptions(Map.of()).build());
        client.virtualInterfaces().create(Orders.toAcme("named-facility", megaI, 100, 1716).providerOptions(Map.of(
                Layer2Options.DEST_METRO, Orders.HONG_KONG, Layer2Options.DEST_DCF, Orders.HK1)).build());
        assertThat(emulator.requests().of("createLayer2Connection")).extracting(r -> r.request().bodyText())
                .satisfiesExactly(
                        tencent -> assertThat(tencent).contains("\"destMetroId\":\"" + Orders.HONG_KONG + "\"",
                                "\"destDcf\":\"" + Orders.MEGA_I + "\""),
                        acme -> assertThat(acme).contains("\"destDcf\":\"" + Orders.HK1 + "\""));
    }

    @Test
    void aVlanIsRequestedOnlyWhenNamedAndConsoleConnectAllocatesOneOtherwise() {
        VirtualInterface ordered = client.virtualInterfaces().create(Orders.toAcme("no-vlan", port("HKG-MEGA-I"), 100, 2)
                .vlan(null).build());

        assertThat(emulator.requests().of("createLayer2Connection").get(0).request().bodyText())
                .doesNotContain("srcVlanRequest");
        assertThat(client.virtualInterfaces().get(ordered.id()).vlan()).as("the VLAN Console Connect allocated")
                .isBetween(Layer2Rules.FIRST_VLAN, Layer2Rules.LAST_VLAN);
    }

    @Test
    void aSingleServicePortTakesOneConnection() {
        String megaI = port("HKG-MEGA-I");
        client.virtualInterfaces().create(Orders.toAcme("the-one", megaI, 100, 1720).build());
        emulator.faults().rewrite("getPort", (request, answer) -> json(200, text(answer)
                .replace("\"singleService\":false", "\"singleService\":true")), 2);

        assertThat(problemMessages(() -> client.virtualInterfaces().create(Orders.toAcme("a-second", megaI, 100, 1721)
                .build()))).singleElement().asString().contains("connectionId", "single-service");
        assertThat(count("createLayer2Connection")).isEqualTo(1);
    }

    @Test
    void renamesChangeOnlyTheName() {
        String megaI = port("HKG-MEGA-I");
        String id = client.virtualInterfaces().create(Orders.toAcme("named", megaI, 100, 1730).build()).id();
        int before = emulator.requests().size();

        assertThat(problems(() -> client.virtualInterfaces().update(id, UpdateVirtualInterfaceRequest.builder()
                .description("d").bandwidthMbps(200).staticPrefixes(List.of()).build())))
                .containsExactlyInAnyOrder("name", "description", "bandwidthMbps", "staticPrefixes");
        assertThat(problems(() -> client.connections().update(megaI, UpdateConnectionRequest.builder().name("n")
                .circuitCode("C-1").customerAddress("Hall B").description("d").build())))
                .containsExactlyInAnyOrder("circuitCode", "customerAddress", "description");
        assertThat(emulator.requests().size()).isEqualTo(before);
    }

    @Test
    void thePluginsPropertiesAreCheckedWhenTheClientIsBuilt() {
        assertThat(problems(() -> builder(emulator.testCredentials()).property("consoleconnect.durationUnit", "w")
                .property("consoleconnect.paymentType", "creditcard").property("consoleconnect.colour", "blue")
                .property("consoleconnect.evergreen", "yes").property("consoleconnect.classOfService", "PLATINUM")
                .property("consoleconnect.company", "a b").property("consoleconnect.accessPointCompany", "x/y").build()))
                .containsExactlyInAnyOrder("consoleconnect.durationUnit", "consoleconnect.duration",
                        "consoleconnect.paymentType", "consoleconnect.colour", "consoleconnect.evergreen",
                        "consoleconnect.classOfService", "consoleconnect.company", "consoleconnect.accessPointCompany");
        assertThat(problems(() -> builder(emulator.testCredentials()).property("consoleconnect.duration", "0").build()))
                .containsExactlyInAnyOrder("consoleconnect.duration", "consoleconnect.durationUnit");
    }

    @Test
    void anOrdersTermsAreItsOptionsCompletedWithTheClientsInTheDocumentedFields() {
        try (DirectConnect terms = builder(emulator.testCredentials()).property("consoleconnect.paymentType", "invoice")
                .property("consoleconnect.duration", "1").property("consoleconnect.durationUnit", "y")
                .property("consoleconnect.evergreen", "true").property("consoleconnect.classOfService", "SILVER").build()) {
            VirtualInterface ordered = terms.virtualInterfaces().create(Orders.toTencent("terms", port("HKG-MEGA-I"))
                    .providerOptions(Map.of(Layer2Options.DEST_METRO, Orders.HONG_KONG, "duration", "6", "durationUnit", "m",
                            "classOfService", "GOLD")).build());

            JsonRecord sent = Samples.record(emulator.requests().of("createLayer2Connection").get(0).request().bodyText());
            List<String> documented = new ArrayList<>(Samples.sample("create-layer2-request.json").record("tencent")
                    .fieldNames());
            documented.add("srcVlanRequest");
            assertThat(sent.fieldNames()).containsExactlyInAnyOrderElementsOf(documented);
            assertThat(sent.text("paymentType")).as("the client's").isEqualTo("invoice");
            assertThat(sent.integer("duration")).as("the order's, with its unit").isEqualTo(6);
            assertThat(sent.text("durationUnit")).isEqualTo("m");
            assertThat(sent.bool("evergreen")).as("the client's").isTrue();
            assertThat(sent.text("classOfService")).as("the order's").isEqualTo("GOLD");
            assertThat(terms.virtualInterfaces().get(ordered.id()).attributes()).containsEntry("classOfService", "GOLD")
                    .containsEntry("durationUnit", "m").containsEntry("evergreen", "true");
        }
    }

    private static List<String> problems(ThrowingCallable call) {
        return caught(call).problems().stream().map(Problem::field).toList();
    }

    private static List<String> problemMessages(ThrowingCallable call) {
        return caught(call).problems().stream().map(Problem::toString).toList();
    }

    private static ValidationException caught(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        return (ValidationException) thrown;
    }
}
