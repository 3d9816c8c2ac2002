package io.dclink.cli;

import io.dclink.DirectConnect;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.BgpPeering;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.RoutingType;
import io.dclink.model.VirtualInterface;
import io.dclink.model.VirtualInterfaceQuery;
import io.dclink.wait.WaitResult;
import io.dclink.wait.WaitSpec;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dclink vifs}: virtual interfaces (VLAN, addressing, routing over a line). */
@Command(name = "vifs", description = "Virtual interfaces: a VLAN with addressing and routing over a line.",
        subcommands = {VifsCommand.Listing.class, VifsCommand.Get.class, VifsCommand.Create.class, VifsCommand.Delete.class,
                VifsCommand.Accept.class, VifsCommand.Reject.class, VifsCommand.Wait.class})
final class VifsCommand {

    /** {@code vifs list}. */
    @Command(name = "list", description = "List the virtual interfaces.")
    static final class Listing extends ClientCommand {
        @Option(names = "--connection", paramLabel = "ID", description = "Only those on this line.")
        String connectionId;

        @Option(names = "--gateway", paramLabel = "ID", description = "Only those on this gateway.")
        String gatewayId;

        @Override
        void run(DirectConnect client) {
            VirtualInterfaceQuery query = VirtualInterfaceQuery.builder().connectionId(connectionId).gatewayId(gatewayId)
                    .build();
            out().list(client.virtualInterfaces().list(query).stream().toList(), Views.VIFS);
        }
    }

    /** {@code vifs get ID}. */
    @Command(name = "get", description = "One virtual interface.")
    static final class Get extends ClientCommand {
        @Parameters(paramLabel = "ID", description = "The virtual interface's id.")
        String id;

        @Override
        void run(DirectConnect client) {
            out().one(client.virtualInterfaces().get(id));
        }
    }

    /** {@code vifs create}. */
    @Command(name = "create", description = "Create a virtual interface: BGP with --bgp-asn, else static with --static-prefix.")
    static final class Create extends ClientCommand {
        @Option(names = "--connection", required = true, paramLabel = "ID", description = "The line it runs over.")
        String connectionId;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The interface's name.")
        String name;

        @Option(names = "--vlan", required = true, paramLabel = "VLAN", description = "Its VLAN id on the line.")
        Integer vlan;

        @Option(names = "--provider-address", paramLabel = "CIDR", description = "The cloud side, e.g. 169.254.0.1/30.")
        String providerAddress;

        @Option(names = "--customer-address", paramLabel = "CIDR", description = "Your router, e.g. 169.254.0.2/30.")
        String customerAddress;

        @Option(names = "--gateway", paramLabel = "ID", description = "The cloud-side gateway it attaches to.")
        String gatewayId;

        @Option(names = "--network", paramLabel = "ID", description = "The cloud network (VPC) to reach.")
        String networkId;

        @Option(names = "--owner-account", paramLabel = "ACCOUNT", description = "The other account of a shared line.")
        String ownerAccount;

        @Option(names = "--bandwidth", paramLabel = "MBPS", description = "Its bandwidth in Mbit/s.")
        Integer bandwidthMbps;

        @Option(names = "--bgp-asn", paramLabel = "ASN", description = "Your BGP ASN: BGP routing.")
        Long bgpAsn;

        @Option(names = "--bgp-key-env", paramLabel = "VARIABLE",
                description = "The environment variable holding the BGP MD5 key (kept off the command line).")
        String bgpKeyVariable;

        @Option(names = "--static-prefix", paramLabel = "CIDR", description = "A prefix behind your router: static routing.")
        List<String> staticPrefixes = List.of();

        @Option(names = "--idempotency-key", paramLabel = "KEY", description = "Makes repeating this command safe.")
        String idempotencyKey;

        @Override
        void run(DirectConnect client) {
            if (bgpAsn == null && bgpKeyVariable != null) {
                throw new UsageException("--bgp-key-env needs --bgp-asn: a static interface has no BGP key");
            }
            if (bgpAsn != null && !staticPrefixes.isEmpty()) {
                throw new UsageException("give either --bgp-asn (BGP) or --static-prefix (static routing), not both");
            }
            String key = bgpKeyVariable == null ? null : root().console.env().get(bgpKeyVariable);
            if (bgpKeyVariable != null && key == null) {
                throw new UsageException("the environment variable " + bgpKeyVariable + " is not set");
            }
            out().one(client.virtualInterfaces().create(CreateVirtualInterfaceRequest.builder().name(name)
                    .connectionId(connectionId).gatewayId(gatewayId).networkId(networkId).ownerAccount(ownerAccount)
                    .vlan(vlan).bandwidthMbps(bandwidthMbps).providerAddress(providerAddress).customerAddress(customerAddress)
                    .routing(bgpAsn != null ? RoutingType.BGP : RoutingType.STATIC)
                    .bgp(bgpAsn != null ? BgpPeering.customer(bgpAsn, key) : null).staticPrefixes(staticPrefixes)
                    .idempotencyKey(idempotencyKey).build()));
        }
    }

    /** {@code vifs delete ID}. */
    @Command(name = "delete", description = "Delete a virtual interface.")
    static final class Delete extends ClientCommand {
        @Parameters(paramLabel = "ID", description = "The virtual interface's id.")
        String id;

        @Override
        void run(DirectConnect client) {
            client.virtualInterfaces().delete(id);
            out().deleted("virtual interface", id);
        }
    }

    /** {@code vifs accept ID}. */
    @Command(name = "accept", description = "Accept another account's interface on your line.")
    static final class Accept extends ClientCommand {
        @Parameters(paramLabel = "ID", description = "The virtual interface's id.")
        String id;

        @Override
        void run(DirectConnect client) {
            out().one(client.virtualInterfaces().accept(id));
        }
    }

    /** {@code vifs reject ID}. */
    @Command(name = "reject", description = "Reject another account's interface on your line.")
    static final class Reject extends ClientCommand {
        @Parameters(paramLabel = "ID", description = "The virtual interface's id.")
        String id;

        @Override
        void run(DirectConnect client) {
            out().one(client.virtualInterfaces().reject(id));
        }
    }

    /** {@code vifs wait ID --until STATE}. */
    @Command(name = "wait", description = "Wait until a virtual interface reaches a state, showing each change.")
    static final class Wait extends WaitCommand<VirtualInterfaceState> {
        @Option(names = "--until", required = true, paramLabel = "STATE", split = ",",
                description = "One or more neutral states, e.g. ACTIVE.")
        VirtualInterfaceState[] until;

        @Override
        VirtualInterfaceState[] until() {
            return until;
        }

        @Override
        WaitResult<VirtualInterface> await(DirectConnect client, String id, WaitSpec<VirtualInterfaceState> spec) {
            return client.virtualInterfaces().waitUntil(id, spec);
        }
    }
}
