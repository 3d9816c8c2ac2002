package io.dclink.provider.jdcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.model.BgpPeering;
import io.dclink.model.Contact;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.RoutingType;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Local validation: every problem named, all at once, and nothing sent to JD Cloud. */
class JdCloudValidationTest extends EmulatedJdCloud {

    @Test
    void aConnectionApplication() {
        assertRefused(() -> client.connections().create(JdRequests.line("bad name!").toBuilder()
                        .description("x".repeat(IdempotencyMark.USER_DESCRIPTION + 1)).carrier(null).bandwidthMbps(1000)
                        .customerAddress("Room\u0000101").circuitCode("C-1").contact(new Contact("Li", "12345", "li@example.com"))
                        .tags(Map.of("team", "net")).providerOptions(Map.of("chargeDuration", "6", "autoPay", "yes")).build()),
                "name", "description", "carrier", "bandwidthMbps", "customerAddress", "circuitCode", "contact.phone",
                "contact.email", "tags", "providerOptions.chargeDuration", "providerOptions.autoPay");
        assertRefused(() -> client.connections().create(JdRequests.line("x".repeat(33))), "name");
        assertRefused(() -> client.connections().create(JdRequests.partnerLine("p").toBuilder().portType("10GBase-LR")
                .providerOptions(Map.of("connectionType", "jcloud_partner", "chargeDuration", "5")).build()),
                "portType", "providerOptions.chargeDuration");
        assertRefused(() -> client.connections().create(JdRequests.line("t").toBuilder()
                .providerOptions(Map.of("connectionType", "jcloud_self")).build()), "providerOptions.connectionType");
    }

    @Test
    void aConnectionChangeNamesOnlyWhatJdCloudChanges() {
        assertRefused(() -> client.connections().update("dc-1", UpdateConnectionRequest.builder().name("ok")
                .bandwidthMbps(1000).customerAddress("elsewhere").build()), "bandwidthMbps", "customerAddress");
    }

    @Test
    void aBorderGateway() {
        assertRefused(() -> client.gateways().create(CreateGatewayRequest.builder().name("gw").networkType("CCN")
                .networkId("ccn-1").asn(65_000L).tags(Map.of("a", "b")).build()), "networkType", "asn", "tags");
    }

    @Test
    void aPrivateVif() {
        assertRefused(() -> client.virtualInterfaces().create(JdRequests.vif("dc-1", null, 0).toBuilder()
                .bandwidthMbps(100).networkId("vpc-1").build()), "vlan", "gatewayId", "bandwidthMbps", "networkId");
        assertRefused(() -> client.virtualInterfaces().create(JdRequests.vif("dc-1", "bgw-1", 4001)), "vlan");
        assertRefused(() -> client.virtualInterfaces().create(JdRequests.vif("dc-1", "bgw-1", 100).toBuilder()
                .customerAddress("10.0.0.2/30").providerAddress("10.0.0.1/30").build()), "customerAddress");
        assertRefused(() -> client.virtualInterfaces().create(JdRequests.vif("dc-1", "bgw-1", 100).toBuilder()
                .customerAddress("10.0.0.1/29").providerAddress("10.0.0.2/29").build()), "providerAddress", "customerAddress");
        assertRefused(() -> client.virtualInterfaces().create(JdRequests.vif("dc-1", "bgw-1", 100).toBuilder()
                .customerAddress("10.0.0.1/30").providerAddress("10.0.1.2/30").build()), "providerAddress and customerAddress");
        assertRefused(() -> client.virtualInterfaces().create(JdRequests.vif("dc-1", "bgw-1", 100).toBuilder()
                .bgp(new BgpPeering(64_512L, 65_000L, io.dclink.auth.Secret.of("key"))).build()),
                "bgp.customerAsn", "bgp.providerAsn", "bgp.authKey");
        assertRefused(() -> client.virtualInterfaces().create(JdRequests.vif("dc-1", "bgw-1", 100).toBuilder()
                .routing(RoutingType.STATIC).staticPrefixes(List.of("10.9.0.0/16")).build()), "routing", "staticPrefixes");
    }

    @Test
    void aVifsVlanAddressesAndAsnCannotChange() {
        assertRefused(() -> client.virtualInterfaces().update("pvif-1", UpdateVirtualInterfaceRequest.builder()
                .bgp(BgpPeering.customer(65_020, null)).bandwidthMbps(10).build()), "bgp", "bandwidthMbps");
    }

    @Test
    void aRoute() {
        assertRefused(() -> client.routes().create(CreateRouteRequest.builder().virtualInterfaceId("pvif-1")
                .destination("10.8.0.1/16").nextHop("pvif-2").build()), "destination", "nextHop");
        assertRefused(() -> client.routes().create(CreateRouteRequest.builder().gatewayId("bgw-1")
                .destination("fd00::/64").build()), "destination", "nextHop");
        assertRefused(() -> client.routes().create(CreateRouteRequest.builder().gatewayId("vpc-1").nextHop("pvif-1")
                .destination("10.8.0.0/16").build()), "nextHop");
        assertRefused(() -> client.routes().create(CreateRouteRequest.builder().gatewayId("sg-1").nextHop("bgw-1")
                .destination("10.8.0.0/16").build()), "gatewayId");
    }

    private void assertRefused(Runnable call, String... fields) {
        int before = sent();
        ValidationException refused = catchThrowableOfType(ValidationException.class, call::run);
        assertThat(refused).as("a validation error").isNotNull();
        assertThat(refused.problems()).extracting(Problem::field).contains(fields);
        assertThat(sent()).as("requests sent").isEqualTo(before);
    }
}
