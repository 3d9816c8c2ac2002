package io.dclink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract's edges: usage errors, the version, and the installed providers in both output modes. */
class UsageAndProvidersTest {

    private static final Map<String, String> NO_ENV = Map.of("DCLINK_PLAIN", "1");

    @Test
    void providersAreListedAsATableAndAsAJsonArray() {
        Run table = Run.of(NO_ENV, "providers");
        Run json = Run.of(NO_ENV, "providers", "--output", "json");

        assertThat(table.exitCode()).as(table.toString()).isZero();
        assertThat(table.out()).startsWith("ID").contains("tencent", "Tencent Cloud Direct Connect", "alibaba",
                "LOA_APPLY");
        assertThat(json.exitCode()).isZero();
        JsonNode providers = json.json();
        assertThat(providers.isArray()).isTrue();
        assertThat(providers).extracting(provider -> provider.path("id").asText()).contains("tencent", "alibaba");
        assertThat(table.out().lines().findFirst().orElseThrow()).contains("REGIONS");
        assertThat(providers).filteredOn(provider -> provider.path("id").asText().equals("tencent"))
                .singleElement().satisfies(tencent -> assertThat(tencent.path("regional").asBoolean()).isTrue());
        assertThat(providers.get(0).path("capabilities").isArray()).isTrue();
        assertThat(providers.get(0).path("credentialVariables")).isNotEmpty();
    }

    @Test
    void noCommandPrintsUsageAndExitsTwo() {
        Run run = Run.of(NO_ENV);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: dclink", "connections", "demo", "emulator");
    }

    @Test
    void anUnknownOptionOrAMissingArgumentIsAUsageError() {
        Run unknown = Run.of(NO_ENV, "connections", "list", "--colour", "red");
        Run missing = Run.of(NO_ENV, "connections", "get");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("'dclink connections list' has no option '--colour'")
                .contains("Run 'dclink connections list --help' for usage.");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required parameter: 'ID'");
    }

    @Test
    void aClientCommandWithoutProviderOrRegionSaysWhatIsMissing() {
        Run noProvider = Run.of(NO_ENV, "connections", "list");
        Run noRegion = Run.of(NO_ENV, "--provider", "tencent", "connections", "list");
        Run unknown = Run.of(NO_ENV, "-p", "nope", "-r", "somewhere", "connections", "list");

        assertThat(noProvider.exitCode()).isEqualTo(2);
        assertThat(noProvider.err()).contains("give --provider (or set DCLINK_PROVIDER)");
        assertThat(noRegion.exitCode()).isEqualTo(2);
        assertThat(noRegion.err()).contains("give --region");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("'nope'", "installed: ").contains("tencent");
    }

    @Test
    void credentialsMissingFromTheEnvironmentAreAValidationErrorNamingTheVariables() {
        Run run = Run.of(Map.of("DCLINK_PLAIN", "1", "DCLINK_PROVIDER", "tencent", "DCLINK_REGION", "ap-guangzhou"),
                "connections", "list");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nothing was sent", "credentials:", "TENCENTCLOUD_SECRET_ID");
    }

    @Test
    void everyCommandTakesHelpAndVersion() {
        Run help = Run.of(NO_ENV, "connections", "list", "--help");
        Run version = Run.of(NO_ENV, "vifs", "create", "-V");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: dclink connections list", "--state", "--provider", "--output");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).contains("plugin SPI 1.1");
    }

    @Test
    void aWaitWithoutAPositiveDurationIsAUsageError() {
        Run run = Run.of(Map.of("DCLINK_PLAIN", "1", "DCLINK_PROVIDER", "tencent", "DCLINK_REGION", "r",
                "TENCENTCLOUD_SECRET_ID", "a", "TENCENTCLOUD_SECRET_KEY", "b"), "connections", "wait", "dc-1", "--until",
                "ACTIVE", "--interval", "PT0S");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--timeout and --interval must be positive");
    }

    @Test
    void aStaticInterfaceWithABgpKeyOrBothRoutingKindsIsAUsageError() {
        Map<String, String> env = Map.of("DCLINK_PLAIN", "1", "DCLINK_PROVIDER", "tencent", "DCLINK_REGION", "r",
                "TENCENTCLOUD_SECRET_ID", "a", "TENCENTCLOUD_SECRET_KEY", "b", "KEY", "k");
        Run keyOnly = Run.of(env, "vifs", "create", "--connection", "dc-1", "--name", "v", "--vlan", "1", "--bgp-key-env",
                "KEY", "--static-prefix", "10.0.0.0/8");
        Run both = Run.of(env, "vifs", "create", "--connection", "dc-1", "--name", "v", "--vlan", "1", "--bgp-asn", "65001",
                "--static-prefix", "10.0.0.0/8");

        assertThat(keyOnly.exitCode()).isEqualTo(2);
        assertThat(keyOnly.err()).contains("--bgp-key-env needs --bgp-asn");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("not both");
    }

    @Test
    void theVersionNamesThePluginSpi() {
        Run run = Run.of(NO_ENV, "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("dclink", "plugin SPI 1.1");
    }
}
