package io.dclink.cli;

import io.dclink.DirectConnect;
import picocli.CommandLine.Command;

/** {@code dclink access-points}. */
@Command(name = "access-points", description = "Where lines can land.", subcommands = AccessPointsCommand.Listing.class)
final class AccessPointsCommand {

    /** {@code dclink access-points list}. */
    @Command(name = "list", description = "List the access points of the region.")
    static final class Listing extends ClientCommand {
        @Override
        void run(DirectConnect client) {
            out().list(client.accessPoints().list().stream().toList(), Views.ACCESS_POINTS);
        }
    }
}
