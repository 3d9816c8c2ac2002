package io.dclink.testkit.emulator;

/**
 * Rewrites an emulator's answer after the request took effect, for a {@link FaultKind#REWRITTEN_BODY}
 * fault: a paging field that lies, a field of the wrong type. Called on the server's threads, once
 * per faulted request, in the order the requests arrive.
 */
@FunctionalInterface
public interface BodyRewrite {

    /**
     * The answer to send instead.
     *
     * @param request the request answered
     * @param answer what the emulator answered
     * @return what to send
     */
    EmulatorResponse rewrite(EmulatorRequest request, EmulatorResponse answer);
}
