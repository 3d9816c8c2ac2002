package io.dclink.testkit.emulator;

import java.time.Instant;
import java.util.Optional;

/**
 * A request the emulator received, and what became of it.
 *
 * @param operation the provider operation
 * @param request the request
 * @param receivedAt when (the emulated clock)
 * @param status the HTTP status answered, or 0 when the connection was dropped
 * @param fault the fault applied, or {@code null}
 */
public record RecordedRequest(String operation, EmulatorRequest request, Instant receivedAt, int status, FaultKind fault) {

    /**
     * The fault applied.
     *
     * @return it, if any
     */
    public Optional<FaultKind> appliedFault() {
        return Optional.ofNullable(fault);
    }
}
