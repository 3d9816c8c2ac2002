package io.dclink.cli;

import io.dclink.model.BgpPeering;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.CreateVirtualInterfaceRequestBuilder;
import io.dclink.model.RoutingType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * What a virtual interface order says, shared by {@code vifs create} and {@code vifs quote}: the
 * routing is BGP with {@code --bgp-asn}, static with {@code --static-prefix}, and none (a Layer 2
 * circuit) with neither, unless {@code --routing} says so explicitly.
 */
final class VifOrderOptions {

    @Option(names = "--connection", required = true, paramLabel = "ID", description = "The line it runs over.")
    String connectionId;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The interface's name.")
    String name;

    @Option(names = "--vlan", paramLabel = "VLAN",
            description = "Its VLAN id on the line (where the provider allocates one, leave it out).")
    Integer vlan;

    @Option(names = "--provider-address", paramLabel = "CIDR", description = "The cloud side, e.g. 169.254.0.1/30.")
    String providerAddress;

    @Option(names = "--customer-address", paramLabel = "CIDR", description = "Your router, e.g. 169.254.0.2/30.")
    String customerAddress;

    @Option(names = "--gateway", paramLabel = "ID", description = "The cloud-side gateway it attaches to.")
    String gatewayId;

    @Option(names = "--network", paramLabel = "ID", description = "The cloud network (VPC) to reach.")
    String networkId;

    @Option(names = "--owner-account", paramLabel = "ACCOUNT",
            description = "The other account of a shared line; on Console Connect, the company it goes to.")
    String ownerAccount;

    @Option(names = "--bandwidth", paramLabel = "MBPS", description = "Its bandwidth in Mbit/s.")
    Integer bandwidthMbps;

    @Option(names = "--routing", paramLabel = "bgp|static|none",
            description = "How routes are exchanged; by default bgp with --bgp-asn, static with --static-prefix, "
                    + "else none (a Layer 2 circuit).")
    RoutingType routing;

    @Option(names = "--bgp-asn", paramLabel = "ASN", description = "Your BGP ASN: BGP routing.")
    Long bgpAsn;

    @Option(names = "--bgp-key-env", paramLabel = "VARIABLE",
            description = "The environment variable holding the BGP MD5 key (kept off the command line).")
    String bgpKeyVariable;

    @Option(names = "--static-prefix", paramLabel = "CIDR", description = "A prefix behind your router: static routing.")
    List<String> staticPrefixes = List.of();

    @Option(names = "--option", paramLabel = "KEY=VALUE",
            description = "A provider option, e.g. destMetroId=… on Console Connect ('dclink providers'); repeat for several.")
    Map<String, String> providerOptions = new LinkedHashMap<>();

    /** The request, or a usage error naming options that contradict each other. */
    CreateVirtualInterfaceRequestBuilder request(Map<String, String> env) {
        if (bgpAsn == null && bgpKeyVariable != null) {
            throw new UsageException("--bgp-key-env needs --bgp-asn: a static interface has no BGP key");
        }
        if (bgpAsn != null && !staticPrefixes.isEmpty()) {
            throw new UsageException("give either --bgp-asn (BGP) or --static-prefix (static routing), not both");
        }
        RoutingType inferred = bgpAsn != null ? RoutingType.BGP
                : !staticPrefixes.isEmpty() ? RoutingType.STATIC : RoutingType.NONE;
        if (routing != null && routing != inferred && (bgpAsn != null || !staticPrefixes.isEmpty())) {
            throw new UsageException("--routing " + routing.name().toLowerCase(java.util.Locale.ROOT) + " contradicts "
                    + (bgpAsn != null ? "--bgp-asn" : "--static-prefix"));
        }
        String key = bgpKeyVariable == null ? null : env.get(bgpKeyVariable);
        if (bgpKeyVariable != null && key == null) {
            throw new UsageException("the environment variable " + bgpKeyVariable + " is not set");
        }
        return CreateVirtualInterfaceRequest.builder().name(name).connectionId(connectionId).gatewayId(gatewayId)
                .networkId(networkId).ownerAccount(ownerAccount).vlan(vlan).bandwidthMbps(bandwidthMbps)
                .providerAddress(providerAddress).customerAddress(customerAddress)
                .routing(routing != null ? routing : inferred)
                .bgp(bgpAsn != null ? BgpPeering.customer(bgpAsn, key) : null).staticPrefixes(staticPrefixes)
                .providerOptions(providerOptions);
    }
}
