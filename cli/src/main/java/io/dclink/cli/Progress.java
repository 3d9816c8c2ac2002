package io.dclink.cli;

import io.dclink.event.StateChangeEvent;
import io.dclink.event.StateChangeListener;
import io.dclink.model.ProviderState;
import io.dclink.wait.WaitCheckpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The live progress of a wait on standard error: every observed change on its own line, of the
 * neutral state ({@code PENDING_APPROVAL -> PENDING_PAYMENT  [PENDINGPAY]}) or of the provider's
 * raw state alone ({@code PROVISIONING  [PAID -> BUILDING]}), and, when a person is watching, one
 * line rewritten in place with the reads made and the time waited.
 */
final class Progress implements StateChangeListener {

    private final Console console;
    private final Instant started = Instant.now();
    private final Map<String, ProviderState> lastRaw = new HashMap<>();
    private boolean ticking;

    Progress(Console console) {
        this.console = console;
    }

    @Override
    public synchronized void onStateChange(StateChangeEvent event) {
        clearTick();
        ProviderState before = lastRaw.put(event.type() + " " + event.resourceId(), event.providerState());
        boolean rawOnly = event.from() == event.to() && before != null;
        String change = rawOnly ? event.to() + "  [" + before + " -> " + event.providerState() + "]"
                : (event.from() == null ? "(first seen)" : event.from().toString()) + " -> " + event.to() + "  ["
                        + event.providerState() + "]";
        console.err().println("  " + elapsed() + "  " + event.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " " + event.resourceId() + "  " + change + "  next: " + event.requiredAction().description()
                + (event.isAnomaly() ? "  (unexpected transition)" : ""));
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
