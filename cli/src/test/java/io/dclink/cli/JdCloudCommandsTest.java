package io.dclink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.lifecycle.ResourceType;
import io.dclink.testkit.jdcloud.JdCloudEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The command line against the JD Cloud emulator: lists, creates and waits like the other providers. */
class JdCloudCommandsTest {

    private final EmulatedCloud cloud = new EmulatedCloud(JdCloudEmulator::new, "JDCLOUD_ACCESS_KEY", "JDCLOUD_SECRET_KEY");

    @AfterEach
    void stop() {
        cloud.close();
    }

    private JdCloudEmulator jd() {
        return (JdCloudEmulator) cloud.emulator;
    }

    private String line(String name) {
        Run created = cloud.run("connections", "create", "--name", name, "--access-point", "bj-lf-a", "--carrier", "ct",
                "--port-type", "10GBase-LR", "--address", "Room 101, No. 1 Example Road", "-o", "json");
        assertThat(created.exitCode()).as(created.toString()).isZero();
        return created.json().path("id").asText();
    }

    @Test
    void locationsAreListedWithTheirPortsAndCarriers() {
        Run table = cloud.run("access-points", "list");

        assertThat(table.exitCode()).as(table.toString()).isZero();
        assertThat(table.out()).contains("bj-lf-a", "AVAILABLE", "10GBase-LR", "ct");
    }

    @Test
    void aLineIsOrderedPaidBuiltConfirmedAndWaitedFor() {
        String id = line("cli-jd-line");
        Run ordered = cloud.run("connections", "get", id, "-o", "json");
        jd().operator().approve(id);
        Run toPay = cloud.run("connections", "get", id, "-o", "json");
        jd().operator().markPaid(id);
        Run building = cloud.run("connections", "get", id, "-o", "json");
        jd().operator().completeConstruction(id);
        Run confirmed = cloud.run("connections", "confirm", id, "-o", "json");
        Run waited = cloud.run("connections", "wait", id, "--until", "active", "--interval", "PT0.05S", "--timeout", "PT10S",
                "-o", "json");

        assertThat(ordered.json().path("requiredAction").asText()).isEqualTo("WAIT_FOR_PROVIDER");
        assertThat(ordered.json().path("providerState").path("value").asText()).isEqualTo("Ordering");
        assertThat(toPay.json().path("state").asText()).isEqualTo("PENDING_PAYMENT");
        assertThat(building.json().path("requiredAction").asText()).isEqualTo("CONTACT_CARRIER");
        assertThat(building.json().path("providerState").path("value").asText()).isEqualTo("Pending");
        assertThat(confirmed.exitCode()).as(confirmed.toString()).isZero();
        assertThat(waited.exitCode()).as(waited.toString()).isZero();
        assertThat(waited.json().path("state").asText()).isEqualTo("ACTIVE");
        assertThat(cloud.run("connections", "list").out()).contains(id, "cli-jd-line", "ACTIVE");
    }

    @Test
    void aGatewayOnTheVpcAVifAndBothRouteTablesThenTheLineIsRefusedWhileItsVifStands() {
        String id = line("cli-jd-net");
        jd().operator().approve(id);
        jd().operator().markPaid(id);
        jd().operator().completeConstruction(id);
        cloud.run("connections", "confirm", id);
        String vpc = jd().vpcId("default-vpc");

        JsonNode gateway = cloud.run("gateways", "create", "--name", "cli-bgw", "--network-type", "VPC", "--network-id", vpc,
                "-o", "json").json();
        Run vif = cloud.run("vifs", "create", "--connection", id, "--name", "cli-vif", "--vlan", "300", "--gateway",
                gateway.path("id").asText(), "--customer-address", "10.30.0.1/30", "--provider-address", "10.30.0.2/30",
                "--bgp-asn", "65010", "-o", "json");
        String vifId = vif.json().path("id").asText();
        jd().operator().linkUp(ResourceType.VIRTUAL_INTERFACE, vifId);
        Run towardIdc = cloud.run("routes", "add", "--vif", vifId, "--destination", "10.8.0.0/16", "-o", "json");
        Run vpcRule = cloud.run("routes", "add", "--gateway", vpc, "--next-hop", gateway.path("id").asText(),
                "--destination", "10.8.0.0/16", "-o", "json");
        Run overlapping = cloud.run("routes", "add", "--gateway", vpc, "--next-hop", gateway.path("id").asText(),
                "--destination", "192.168.8.0/24");
        Run refused = cloud.run("connections", "delete", id);

        assertThat(gateway.path("networkId").asText()).isEqualTo(vpc);
        assertThat(vif.exitCode()).as(vif.toString()).isZero();
        assertThat(vif.json().path("bgp").path("providerAsn").asLong()).isEqualTo(64_512L);
        assertThat(towardIdc.exitCode()).as(towardIdc.toString()).isZero();
        assertThat(vpcRule.exitCode()).as(vpcRule.toString()).isZero();
        assertThat(overlapping.exitCode()).isEqualTo(2);
        assertThat(overlapping.err()).contains("nothing was sent", "overlaps");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("has not been used to create a private virtual interface", "was not sent");
        assertThat(cloud.emulator.requests().count("deleteConnection")).isZero();
    }
}
