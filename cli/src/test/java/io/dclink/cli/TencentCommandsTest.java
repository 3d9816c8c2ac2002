package io.dclink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.lifecycle.ResourceType;
import io.dclink.testkit.tencent.TencentEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every command group against the Tencent emulator over plain http on loopback, in both output modes. */
class TencentCommandsTest {

    private final EmulatedCloud cloud = new EmulatedCloud(TencentEmulator::new, "TENCENTCLOUD_SECRET_ID",
            "TENCENTCLOUD_SECRET_KEY");

    @AfterEach
    void stop() {
        cloud.close();
    }

    private static void assertResource(JsonNode resource, String provider) {
        assertThat(resource.path("id").asText()).isNotEmpty();
        assertThat(resource.path("provider").asText()).isEqualTo(provider);
        assertThat(resource.has("name")).isTrue();
        assertThat(resource.path("state").asText()).isNotEmpty();
        assertThat(resource.path("providerState").path("value").isTextual()).isTrue();
        assertThat(resource.path("requiredAction").asText()).isNotEmpty();
    }

    private String line(String name) {
        Run created = cloud.run("connections", "create", "--name", name, "--access-point", "ap-guangzhou-a-th",
                "--carrier", "ChinaTelecom", "--port-type", "10GBase-LR", "--bandwidth", "1000",
                "--address", "Room 301, 3rd floor", "--contact", "Zhang San,13800000000,ops@example.com", "-o", "json");
        assertThat(created.exitCode()).as(created.toString()).isZero();
        return created.json().path("id").asText();
    }

    private String activeLine(String name) {
        String id = line(name);
        cloud.emulator.operator().approve(id);
        cloud.emulator.operator().markPaid(id);
        cloud.emulator.operator().completeConstruction(id);
        return id;
    }

    @Test
    void aCreateRepeatedWithTheSameIdempotencyKeyOrdersOneLine() {
        String[] create = {"connections", "create", "--name", "cli-keyed", "--access-point", "ap-guangzhou-a-th",
                "--carrier", "ChinaTelecom", "--port-type", "10GBase-LR", "--bandwidth", "1000", "--address",
                "Room 301, 3rd floor", "--idempotency-key", "order-42", "-o", "json"};

        Run first = cloud.run(create);
        Run second = cloud.run(create);

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
        assertThat(cloud.emulator.requests().count("CreateDirectConnect")).isEqualTo(1);
    }

    @Test
    void aCreateWhoseOutcomeCannotBeFoundExitsFourWithTheKeyAndTheRepeatOrdersNothing() {
        cloud.emulator.faults().reset("CreateDirectConnect", true, 1)
                .serverError("DescribeDirectConnects", 503, 1_000);
        Run lost = cloud.run("connections", "create", "--name", "cli-lost", "--access-point", "ap-guangzhou-a-th",
                "--carrier", "ChinaTelecom", "--port-type", "10GBase-LR", "--bandwidth", "1000", "--address",
                "Room 301, 3rd floor");
        cloud.emulator.faults().clear();
        Matcher key = Pattern.compile("--idempotency-key (\\S+)").matcher(lost.err());

        assertThat(lost.exitCode()).as(lost.toString()).isEqualTo(4);
        assertThat(lost.err()).contains("may have been ordered");
        assertThat(key.find()).as(lost.err()).isTrue();
        Run repeated = cloud.run("connections", "create", "--name", "cli-lost", "--access-point", "ap-guangzhou-a-th",
                "--carrier", "ChinaTelecom", "--port-type", "10GBase-LR", "--bandwidth", "1000", "--address",
                "Room 301, 3rd floor", "--idempotency-key", key.group(1), "-o", "json");
        assertThat(repeated.exitCode()).as(repeated.toString()).isZero();
        assertThat(repeated.json().path("name").asText()).isEqualTo("cli-lost");
        assertThat(cloud.emulator.requests().count("CreateDirectConnect")).isEqualTo(1);
    }

    @Test
    void accessPointsAreListed() {
        Run table = cloud.run("access-points", "list");
        Run json = cloud.run("access-points", "list", "-o", "json");

        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).startsWith("ID").contains("ap-guangzhou-a-th", "AVAILABLE");
        assertThat(json.json()).extracting(point -> point.path("id").asText()).contains("ap-guangzhou-a-th");
        assertThat(json.json().get(0).path("carriers")).isNotEmpty();
        assertThat(json.json()).allSatisfy(point -> assertResource(point, "tencent"));
        assertThat(json.json().get(0).path("requiredAction").asText()).as("access points need no action").isEqualTo("NONE");
    }

    @Test
    void aLineIsCreatedReadListedUpdatedAndShownAsATable() {
        String id = line("cli-line");

        JsonNode got = cloud.run("connections", "get", id, "-o", "json").json();
        Run table = cloud.run("connections", "get", id);
        Run listed = cloud.run("connections", "list", "--state", "PENDING_APPROVAL");
        JsonNode updated = cloud.run("connections", "update", id, "--name", "cli-line-2", "-o", "json").json();

        assertResource(got, "tencent");
        assertThat(got.path("state").asText()).isEqualTo("PENDING_APPROVAL");
        assertThat(got.path("requiredAction").asText()).isEqualTo("WAIT_FOR_PROVIDER");
        assertThat(got.path("providerState").path("value").asText()).isEqualTo("PENDING");
        assertThat(got.path("bandwidthMbps").asInt()).isEqualTo(1000);
        assertThat(table.out()).contains("state", "PENDING_APPROVAL", "requiredAction", "WAIT_FOR_PROVIDER");
        assertThat(listed.out()).contains(id, "cli-line", "PENDING_APPROVAL");
        assertThat(updated.path("name").asText()).isEqualTo("cli-line-2");
    }

    @Test
    void aWaitShowsEachChangeAndEndsWhenTheStateIsReached() throws Exception {
        String id = line("cli-wait");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(() -> Cli.run(new String[] {"connections", "wait",
                id, "--until", "ACTIVE", "--interval", "PT0.05S", "--timeout", "PT1M", "-o", "json"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                cloud.env));

        awaitOutput(err, "-> PENDING_APPROVAL");
        cloud.emulator.operator().approve(id);
        awaitOutput(err, "-> PENDING_PAYMENT");
        cloud.emulator.operator().markPaid(id);
        cloud.emulator.operator().completeConstruction(id);
        int exitCode = waiting.get(60, TimeUnit.SECONDS);
        Run run = new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.json().path("state").asText()).isEqualTo("ACTIVE");
        assertThat(run.err()).contains("PENDING_APPROVAL -> PENDING_PAYMENT").contains("-> ACTIVE")
                .contains("next: pay the outstanding order");
    }

    /** Until the command has printed something: the test acts on what the wait has seen, not on time. */
    private static void awaitOutput(ByteArrayOutputStream stream, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!stream.toString(StandardCharsets.UTF_8).contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never printed '" + text + "': " + stream.toString(StandardCharsets.UTF_8));
            }
            Thread.sleep(10);
        }
    }

    @Test
    void aWaitThatTimesOutExitsThree() {
        String id = line("cli-timeout");

        Run run = cloud.run("connections", "wait", id, "--until", "ACTIVE", "--interval", "PT0.05S", "--timeout", "PT0.3S");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).contains(id);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aBadApplicationIsRefusedWithEveryProblemAndNothingSent() {
        Run run = cloud.run("connections", "create", "--name", "bad", "--access-point", "ap-guangzhou-a-th",
                "--carrier", "Acme", "--port-type", "40GBase-X", "--bandwidth", "1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nothing was sent", "carrier:", "portType:", "bandwidthMbps:");
        assertThat(cloud.emulator.requests().count("CreateDirectConnect")).isZero();
    }

    @Test
    void aProviderRefusalExitsOneNamingTheProvidersCodeAndRequestId() {
        String id = line("cli-refused");

        Run run = cloud.run("connections", "delete", id);
        Run missing = cloud.run("vifs", "get", "dcx-00000000");

        assertThat(run.exitCode()).as("the lifecycle refuses locally: " + run).isEqualTo(1);
        assertThat(run.err()).contains("PENDING_APPROVAL", "Nothing was sent");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("dcx-00000000", "requestId=");
    }

    @Test
    void aNewTunnelsOperationalStatusReadsTheSameInCreateGetAndList() {
        String lineId = activeLine("cli-status");
        String gatewayId = cloud.run("gateways", "create", "--name", "cli-status-gw", "--network-type", "VPC",
                "--network-id", "vpc-cli00001", "-o", "json").json().path("id").asText();

        Run created = cloud.run("vifs", "create", "--connection", lineId, "--name", "cli-status", "--vlan", "300",
                "--gateway", gatewayId, "--network", "vpc-cli00001", "--provider-address", "169.254.3.1/30",
                "--customer-address", "169.254.3.2/30", "--bgp-asn", "65010");
        String id = created.out().lines().filter(line -> line.startsWith("id ")).findFirst().orElseThrow()
                .substring(3).strip();
        Run got = cloud.run("vifs", "get", id);
        Run listed = cloud.run("vifs", "list", "--connection", lineId);

        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.out()).containsPattern("(?m)^state +PENDING$").containsPattern(
                "(?m)^operationalStatus +NOT_REPORTED$");
        assertThat(got.out()).containsPattern("(?m)^operationalStatus +NOT_REPORTED$");
        assertThat(listed.out()).containsPattern(id + " +cli-status +PENDING +WAIT_FOR_PROVIDER +NOT_REPORTED ");
    }

    @Test
    void gatewaysTunnelsAndRoutesAreCreatedListedAndRemoved() {
        String lineId = activeLine("cli-vifs");
        JsonNode gateway = cloud.run("gateways", "create", "--name", "cli-gw", "--network-type", "VPC", "--network-id",
                "vpc-cli00001", "-o", "json").json();
        String gatewayId = gateway.path("id").asText();
        cloud.env.put("CLI_BGP_KEY", "cli-bgp-secret");

        Run bgp = cloud.run("vifs", "create", "--connection", lineId, "--name", "cli-bgp", "--vlan", "100", "--gateway",
                gatewayId, "--network", "vpc-cli00001", "--provider-address", "169.254.1.1/30", "--customer-address",
                "169.254.1.2/30", "--bgp-asn", "65010", "--bgp-key-env", "CLI_BGP_KEY", "-o", "json");
        Run routed = cloud.run("vifs", "create", "--connection", lineId, "--name", "cli-static", "--vlan", "200",
                "--gateway", gatewayId, "--network", "vpc-cli00001", "--provider-address", "169.254.2.1/30",
                "--customer-address", "169.254.2.2/30", "--static-prefix", "10.200.0.0/16", "-o", "json");
        String bgpId = bgp.json().path("id").asText();
        String routedId = routed.json().path("id").asText();
        cloud.emulator.operator().advance(ResourceType.VIRTUAL_INTERFACE, routedId);
        cloud.emulator.operator().advance(ResourceType.VIRTUAL_INTERFACE, routedId);
        cloud.emulator.operator().linkUp(ResourceType.VIRTUAL_INTERFACE, routedId);
        Run waited = cloud.run("vifs", "wait", routedId, "--until", "ACTIVE", "--interval", "PT0.05S", "-o", "json");
        Run added = cloud.run("routes", "add", "--vif", routedId, "--destination", "10.201.0.0/16", "-o", "json");
        Run routes = cloud.run("routes", "list", "--vif", routedId);
        Run deletedRoute = cloud.run("routes", "delete", "--vif", routedId, "--destination", "10.201.0.0/16");
        Run vifs = cloud.run("vifs", "list", "--connection", lineId, "-o", "json");
        Run gateways = cloud.run("gateways", "list");

        assertResource(gateway, "tencent");
        assertThat(bgp.exitCode()).as(bgp.toString()).isZero();
        assertResource(bgp.json(), "tencent");
        assertThat(bgp.json().path("bgp").path("customerAsn").asLong()).isEqualTo(65_010L);
        assertThat(bgp.json().path("bgp").path("authKey").asText()).isEqualTo("********");
        assertThat(bgp.out()).doesNotContain("cli-bgp-secret");
        assertThat(waited.json().path("state").asText()).isEqualTo("ACTIVE");
        assertThat(added.json().path("destination").asText()).isEqualTo("10.201.0.0/16");
        assertResource(added.json(), "tencent");
        assertThat(routes.out()).contains("10.200.0.0/16", "10.201.0.0/16");
        assertThat(deletedRoute.exitCode()).isZero();
        assertThat(deletedRoute.out()).contains("deleted the route to 10.201.0.0/16");
        assertThat(vifs.json()).extracting(vif -> vif.path("id").asText()).containsExactlyInAnyOrder(bgpId, routedId);
        assertThat(gateways.out()).contains(gatewayId, "cli-gw");

        Run stillConfiguring = cloud.run("vifs", "delete", bgpId);
        assertThat(stillConfiguring.exitCode()).isEqualTo(1);
        assertThat(stillConfiguring.err()).as("the lifecycle refuses before sending").contains("is PENDING",
                "Nothing was sent");
        JsonNode deleted = cloud.run("vifs", "delete", routedId, "-o", "json").json();
        assertThat(deleted.path("id").asText()).isEqualTo(routedId);
        assertThat(deleted.path("deleted").asBoolean()).isTrue();
        assertThat(cloud.run("vifs", "get", routedId, "-o", "json").json().path("state").asText()).isEqualTo("DELETING");
    }

    @Test
    void anotherAccountsTunnelIsAcceptedOrRejected() {
        String lineId = activeLine("cli-shared");
        String first = cloud.emulator.operator().requestForeignVirtualInterface(lineId);
        String second = cloud.emulator.operator().requestForeignVirtualInterface(lineId);

        JsonNode waiting = cloud.run("vifs", "get", first, "-o", "json").json();
        JsonNode accepted = cloud.run("vifs", "accept", first, "-o", "json").json();
        JsonNode rejected = cloud.run("vifs", "reject", second, "-o", "json").json();

        assertThat(waiting.path("requiredAction").asText()).isEqualTo("ACCEPT");
        assertThat(accepted.path("state").asText()).isNotEqualTo("PENDING_ACCEPTANCE");
        assertThat(rejected.path("state").asText()).isEqualTo("REJECTED");
    }
}
