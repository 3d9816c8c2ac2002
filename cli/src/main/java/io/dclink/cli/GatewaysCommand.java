package io.dclink.cli;

import io.dclink.DirectConnect;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.GatewayQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dclink gateways}: the cloud-side routers virtual interfaces attach to. */
@Command(name = "gateways", description = "Cloud-side gateways, where the provider has them.",
        subcommands = {GatewaysCommand.Listing.class, GatewaysCommand.Get.class, GatewaysCommand.Create.class,
                GatewaysCommand.Delete.class})
final class GatewaysCommand {

    /** {@code gateways list}. */
    @Command(name = "list", description = "List the gateways.")
    static final class Listing extends ClientCommand {
        @Override
        void run(DirectConnect client) {
            out().list(client.gateways().list(GatewayQuery.all()).stream().toList(), Views.GATEWAYS);
        }
    }

    /** {@code gateways get ID}. */
    @Command(name = "get", description = "One gateway.")
    static final class Get extends ClientCommand {
        @Parameters(paramLabel = "ID", description = "The gateway's id.")
        String id;

        @Override
        void run(DirectConnect client) {
            out().one(client.gateways().get(id));
        }
    }

    /** {@code gateways create}. */
    @Command(name = "create", description = "Create a gateway.")
    static final class Create extends ClientCommand {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The gateway's name.")
        String name;

        @Option(names = "--network-type", paramLabel = "TYPE", description = "e.g. VPC or CCN.")
        String networkType;

        @Option(names = "--network-id", paramLabel = "ID", description = "The cloud network it serves.")
        String networkId;

        @Option(names = "--asn", paramLabel = "ASN", description = "The cloud side's BGP ASN.")
        Long asn;

        @Option(names = "--idempotency-key", paramLabel = "KEY", description = "Makes repeating this command safe.")
        String idempotencyKey;

        @Override
        void run(DirectConnect client) {
            out().one(client.gateways().create(CreateGatewayRequest.builder().name(name).networkType(networkType)
                    .networkId(networkId).asn(asn).idempotencyKey(idempotencyKey).build()));
        }
    }

    /** {@code gateways delete ID}. */
    @Command(name = "delete", description = "Delete a gateway.")
    static final class Delete extends ClientCommand {
        @Parameters(paramLabel = "ID", description = "The gateway's id.")
        String id;

        @Override
        void run(DirectConnect client) {
            client.gateways().delete(id);
            out().deleted("gateway", id);
        }
    }
}
