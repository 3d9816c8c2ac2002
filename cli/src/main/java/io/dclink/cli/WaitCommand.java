package io.dclink.cli;

import io.dclink.DirectConnect;
import io.dclink.error.ErrorContext;
import io.dclink.error.WaitTimeoutException;
import io.dclink.event.StateChangeListener;
import io.dclink.lifecycle.LifecycleState;
import io.dclink.wait.WaitCheckpoint;
import io.dclink.wait.WaitResult;
import io.dclink.wait.WaitSpec;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Parameters;

/** {@code <resource> wait ID --until STATE[,STATE…]}: waits, shows each observed change, prints the resource. */
abstract class WaitCommand<S extends Enum<S> & LifecycleState> extends ClientCommand {

    @Parameters(paramLabel = "ID", description = "The id of what to wait for.")
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
        } catch (WaitTimeoutException timeout) {
            throw new WaitTimeoutException(timedOut(states, timeout.checkpoint()), ErrorContext.of(root().provider),
                    timeout.checkpoint());
        } finally {
            progress.done();
        }
        out().one(result.resource());
    }

    /** What a person needs after a timeout: what it is now, what it waits on, and that waiting again goes on. */
    private String timedOut(S[] states, WaitCheckpoint checkpoint) {
        String wanted = Arrays.stream(states).map(Enum::name).collect(Collectors.joining(" or "));
        String now = checkpoint.lastObservation().map(seen -> "it is " + seen.state() + " (provider state "
                + seen.providerState() + "), next: " + seen.requiredAction().description()).orElse("it was never read");
        return checkpoint.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + id + " is not " + wanted
                + " after " + HumanDuration.format(options.timeout) + " (" + checkpoint.attempts() + " reads); " + now
                + "; run the wait again to go on waiting";
    }
}
