package io.dclink.cli;

import io.dclink.DirectConnect;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.PaymentOptions;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.wait.WaitResult;
import io.dclink.wait.WaitSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dclink connections}: the physical lines. */
@Command(name = "connections", description = "Physical lines: order, follow, change and remove them.",
        subcommands = {ConnectionsCommand.Listing.class, ConnectionsCommand.Get.class, ConnectionsCommand.Create.class,
                ConnectionsCommand.Update.class, ConnectionsCommand.Delete.class, ConnectionsCommand.Wait.class,
                ConnectionsCommand.Confirm.class, ConnectionsCommand.Pay.class, ConnectionsCommand.Cancel.class,
                ConnectionsCommand.Terminate.class})
final class ConnectionsCommand {

    /** {@code connections list}. */
    @Command(name = "list", description = "List the lines, optionally by state or access point.")
    static final class Listing extends ClientCommand {
        @Option(names = "--state", paramLabel = "STATE", description = "Only lines in these neutral states.")
        List<ConnectionState> states = List.of();

        @Option(names = "--access-point", paramLabel = "ID", description = "Only lines at this access point.")
        String accessPointId;

        @Override
        void run(DirectConnect client) {
            ConnectionQuery query = ConnectionQuery.builder().states(states).accessPointId(accessPointId).build();
            out().list(client.connections().list(query).stream().toList(), Views.CONNECTIONS);
        }
    }

    /** {@code connections get ID}. */
    @Command(name = "get", description = "One line, with its state and the action it needs next.")
    static final class Get extends ClientCommand {
        @Parameters(paramLabel = "ID", description = "The line's id.")
        String id;

        @Override
        void run(DirectConnect client) {
            out().one(client.connections().get(id));
        }
    }

    /** The fields a line's application and its changes share. */
    static final class Details {
        @Option(names = "--bandwidth", paramLabel = "MBPS", description = "Bandwidth in Mbit/s.")
        Integer bandwidthMbps;

        @Option(names = "--address", paramLabel = "TEXT", description = "The customer premises address (with floor).")
        String customerAddress;

        @Option(names = "--circuit-code", paramLabel = "CODE", description = "The carrier's circuit code.")
        String circuitCode;

        @Option(names = "--description", paramLabel = "TEXT", description = "A description of the line.")
        String description;

        @Option(names = "--contact", paramLabel = "NAME,PHONE,EMAIL", description = "The customer contact.")
        String contact;

        @Option(names = "--fault-contact", paramLabel = "NAME,PHONE,EMAIL", description = "Who to call about faults.")
        String faultContact;
    }

    /** {@code connections create}. */
    @Command(name = "create", description = "Apply for a line.")
    static final class Create extends ClientCommand {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The line's name.")
        String name;

        @Option(names = "--access-point", required = true, paramLabel = "ID",
                description = "Where the line lands ('dclink access-points list').")
        String accessPointId;

        @Option(names = "--carrier", paramLabel = "CODE", description = "The line operator, in the provider's codes.")
        String carrier;

        @Option(names = "--port-type", paramLabel = "TYPE", description = "e.g. 10GBase-LR.")
        String portType;

        @Option(names = "--redundant", paramLabel = "ID", description = "The line this one is redundant with.")
        String redundantConnectionId;

        @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "A tag on the line; repeat for several.")
        Map<String, String> tags = new LinkedHashMap<>();

        @Option(names = "--option", paramLabel = "KEY=VALUE", description = "A provider option ('dclink providers').")
        Map<String, String> providerOptions = new LinkedHashMap<>();

        @Option(names = "--idempotency-key", paramLabel = "KEY", description = "Makes repeating this command safe.")
        String idempotencyKey;

        @ArgGroup(exclusive = false)
        Details details = new Details();

        @Override
        void run(DirectConnect client) {
            out().one(client.connections().create(CreateConnectionRequest.builder().name(name).accessPointId(accessPointId)
                    .carrier(carrier).portType(portType).bandwidthMbps(details.bandwidthMbps)
                    .customerAddress(details.customerAddress).circuitCode(details.circuitCode)
                    .description(details.description).redundantConnectionId(redundantConnectionId)
                    .contact(Parse.contact(details.contact)).faultContact(Parse.contact(details.faultContact)).tags(tags)
                    .providerOptions(providerOptions).idempotencyKey(idempotencyKey).build()));
        }
    }

    /** {@code connections update ID}. */
    @Command(name = "update", description = "Change a line, or resubmit a rejected application.")
    static final class Update extends ClientCommand {
        @Parameters(paramLabel = "ID", description = "The line's id.")
        String id;

        @Option(names = "--name", paramLabel = "NAME", description = "The line's new name.")
        String name;

        @ArgGroup(exclusive = false)
        Details details = new Details();

        @Override
        void run(DirectConnect client) {
            out().one(client.connections().update(id, UpdateConnectionRequest.builder().name(name)
                    .description(details.description).bandwidthMbps(details.bandwidthMbps)
                    .circuitCode(details.circuitCode).customerAddress(details.customerAddress)
                    .contact(Parse.contact(details.contact)).faultContact(Parse.contact(details.faultContact)).build()));
        }
    }

    /** {@code connections delete ID}. */
    @Command(name = "delete", description = "Delete a line (where its state allows).")
    static final class Delete extends ClientCommand {
        @Parameters(paramLabel = "ID", description = "The line's id.")
        String id;

        @Override
        void run(DirectConnect client) {
            client.connections().delete(id);
            out().deleted("connection", id);
        }
    }

    /** {@code connections wait ID --until STATE}. */
    @Command(name = "wait", description = "Wait until a line reaches a state, showing each change.")
    static final class Wait extends WaitCommand<ConnectionState> {
        @Option(names = "--until", required = true, paramLabel = "STATE", split = ",",
                description = "One or more neutral states, e.g. ACTIVE.")
        ConnectionState[] until;

        @Override
        ConnectionState[] until() {
            return until;
        }

        @Override
        WaitResult<Connection> await(DirectConnect client, String id, WaitSpec<ConnectionState> spec) {
            return client.connections().waitUntil(id, spec);
        }
    }

    /** {@code connections confirm ID}. */
    @Command(name = "confirm", description = "Confirm that a built line works.")
    static final class Confirm extends ClientCommand {
        @Parameters(paramLabel = "ID", description = "The line's id.")
        String id;

        @Override
        void run(DirectConnect client) {
            out().one(client.connections().confirm(id));
        }
    }

    /** {@code connections pay ID}, also {@code enable}. */
    @Command(name = "pay", aliases = "enable", description = "Pay the line's order (and so enable it where that is the step).")
    static final class Pay extends ClientCommand {
        @Parameters(paramLabel = "ID", description = "The line's id.")
        String id;

        @Option(names = "--months", paramLabel = "N", description = "The subscription term.")
        Integer months;

        @Option(names = "--auto-renew", description = "Renew automatically.")
        Boolean autoRenew;

        @Option(names = "--idempotency-key", paramLabel = "KEY", description = "Makes repeating this command safe.")
        String idempotencyKey;

        @Override
        void run(DirectConnect client) {
            out().one(client.connections().pay(id, PaymentOptions.builder().termMonths(months).autoRenew(autoRenew)
                    .idempotencyKey(idempotencyKey).build()));
        }
    }

    /** {@code connections cancel ID}. */
    @Command(name = "cancel", description = "Withdraw an application that is not yet in service.")
    static final class Cancel extends ClientCommand {
        @Parameters(paramLabel = "ID", description = "The line's id.")
        String id;

        @Override
        void run(DirectConnect client) {
            out().one(client.connections().cancel(id));
        }
    }

    /** {@code connections terminate ID}. */
    @Command(name = "terminate", description = "Take a line out of service (before deleting it, where required).")
    static final class Terminate extends ClientCommand {
        @Parameters(paramLabel = "ID", description = "The line's id.")
        String id;

        @Override
        void run(DirectConnect client) {
            out().one(client.connections().terminate(id));
        }
    }
}
