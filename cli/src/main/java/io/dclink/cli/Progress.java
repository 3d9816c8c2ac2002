package io.dclink.cli;

import io.dclink.event.StateChangeEvent;
import io.dclink.event.StateChangeListener;
import io.dclink.wait.WaitCheckpoint;
import java.time.Duration;
import java.time.Instant;

/**
 * The live progress of a wait on standard error: every observed state change on its own line,
 * and, when a person is watching, one line rewritten in place with the attempts and the time waited.
 */
final class Progress implements StateChangeListener {

    private final Console console;
    private final Instant started = Instant.now();
    private boolean ticking;

    Progress(Console console) {
        this.console = console;
    }

    @Override
    public synchronized void onStateChange(StateChangeEvent event) {
        clearTick();
        String from = event.from() == null ? "(first seen)" : event.from().toString();
        console.err().println("  " + elapsed() + "  " + event.type().name().toLowerCase().replace('_', ' ') + " "
                + event.resourceId() + "  " + from + " -> " + event.to() + "  [" + event.providerState() + "]  next: "
                + event.requiredAction().description() + (event.isAnomaly() ? "  (unexpected transition)" : ""));
    }

    synchronized void tick(WaitCheckpoint checkpoint) {
        if (console.interactive()) {
            console.err().print("\r  " + elapsed() + "  waiting… " + checkpoint.attempts() + " reads");
            ticking = true;
        }
    }

    synchronized void done() {
        clearTick();
    }

    private void clearTick() {
        if (ticking) {
            console.err().print("\r\033[K");
            ticking = false;
        }
    }

    private String elapsed() {
        Duration waited = Duration.between(started, Instant.now());
        return String.format("%02d:%02d:%02d", waited.toHours(), waited.toMinutesPart(), waited.toSecondsPart());
    }
}
