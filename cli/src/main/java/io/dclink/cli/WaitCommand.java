package io.dclink.cli;

import io.dclink.DirectConnect;
import io.dclink.event.StateChangeListener;
import io.dclink.lifecycle.LifecycleState;
import io.dclink.wait.WaitResult;
import io.dclink.wait.WaitSpec;
import java.util.Arrays;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Parameters;

/** {@code <resource> wait ID --until STATE[,STATE…]}: waits, shows each observed change, prints the resource. */
abstract class WaitCommand<S extends Enum<S> & LifecycleState> extends ClientCommand {

    @Parameters(paramLabel = "ID")
    String id;

    @ArgGroup(exclusive = false)
    WaitOptions options = new WaitOptions();

    private Progress progress;

    /** The states given with {@code --until}; picocli requires at least one. */
    abstract S[] until();

    abstract WaitResult<?> await(DirectConnect client, String id, WaitSpec<S> spec);

    @Override
    StateChangeListener[] listeners() {
        progress = new Progress(root().console);
        return new StateChangeListener[] {progress};
    }

    @Override
    void run(DirectConnect client) {
        S[] states = until();
        WaitSpec<S> spec = WaitSpec.until(states[0], Arrays.copyOfRange(states, 1, states.length));
        WaitResult<?> result;
        try {
            result = await(client, id, options.spec(spec, progress));
        } finally {
            progress.done();
        }
        out().one(result.resource());
    }
}
