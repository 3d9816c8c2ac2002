package io.dclink.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.DirectConnect;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.Quote;
import io.dclink.model.VirtualInterface;
import io.dclink.model.VirtualInterfaceQuery;
import io.dclink.wait.WaitResult;
import io.dclink.wait.WaitSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dclink vifs}: virtual interfaces (VLAN, addressing, routing over a line). */
@Command(name = "vifs", description = "Virtual interfaces: a VLAN with addressing and routing over a line.",
        subcommands = {VifsCommand.Listing.class, VifsCommand.Get.class, VifsCommand.Create.class, VifsCommand.QuoteCommand.class,
                VifsCommand.Delete.class,
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
    @Command(name = "create", description = "Create a virtual interface: BGP with --bgp-asn, static with --static-prefix, "
            + "else a Layer 2 circuit that routes nothing.")
    static final class Create extends ClientCommand {
        @Mixin
        VifOrderOptions order;

        @Option(names = "--idempotency-key", paramLabel = "KEY", description = "Makes repeating this command safe.")
        String idempotencyKey;

        @Override
        void run(DirectConnect client) {
            out().one(client.virtualInterfaces().create(order.request(root().console.env())
                    .idempotencyKey(idempotencyKey).build()));
        }
    }

    /** {@code vifs quote}. */
    @Command(name = "quote", description = "What the provider would charge for a virtual interface; nothing is ordered.")
    static final class QuoteCommand extends ClientCommand {
        @Mixin
        VifOrderOptions order;

        @Override
        void run(DirectConnect client) {
            Quote quote = client.virtualInterfaces().quote(order.request(root().console.env()).build());
            if (out().json()) {
                ObjectNode document = (ObjectNode) Output.tree(quote);
                document.put("priced", quote.priced());
                document.set("total", Output.JSON.valueToTree(quote.total().orElse(null)));
                out().raw(document);
            } else if (!quote.priced()) {
                out().note(quote.provider() + " has no price for this combination; nothing was ordered");
            } else {
                out().list(quote.items(), Views.QUOTE_ITEMS);
                out().note("total " + quote.total().orElseThrow().stripTrailingZeros().toPlainString() + " " + quote.currency()
                        + "; nothing was ordered");
            }
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
