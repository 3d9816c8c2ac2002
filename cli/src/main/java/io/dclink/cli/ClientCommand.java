package io.dclink.cli;

import io.dclink.DirectConnect;
import io.dclink.event.StateChangeListener;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that talks to a provider through a client built from the global options. */
abstract class ClientCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    DclinkCommand root() {
        return DclinkCommand.of(spec);
    }

    Output out() {
        return root().output();
    }

    /** Listeners the client reports observed state changes to (a wait's progress display). */
    StateChangeListener[] listeners() {
        return new StateChangeListener[0];
    }

    @Override
    public Integer call() throws Exception {
        try (DirectConnect client = root().client(listeners())) {
            run(client);
        }
        return ExitCodes.OK;
    }

    abstract void run(DirectConnect client) throws Exception;
}
