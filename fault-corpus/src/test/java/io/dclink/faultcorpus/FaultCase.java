package io.dclink.faultcorpus;

import io.dclink.spi.ProviderOperation;
import io.dclink.testkit.emulator.Faults;

/**
 * One generated fault case: a public operation of a provider, and the fault its call suffers.
 *
 * @param index its place in the generated list
 * @param provider the provider
 * @param operation the public operation
 * @param fault the fault kind
 * @param target the wire operation the fault is scripted on, or {@link Faults#ANY}
 * @param times how many requests it strikes
 * @param text the fault's text parameter: a Retry-After value, a body, a wrong-type value, a raw state, an error code
 * @param status the fault's HTTP status, where it takes one
 * @param delayMillis the delay of {@link CorpusFault#DELAY_PAST_TIMEOUT}
 * @param salt what a random rewrite draws its choices from
 * @param stateTarget which of the call's resources an undocumented state is set on
 */
record FaultCase(int index, String provider, ProviderOperation<?, ?> operation, CorpusFault fault, String target,
        int times, String text, int status, long delayMillis, long salt, int stateTarget) {

    String id() {
        return "F" + index;
    }

    /** The fault's parameters, for the report. */
    String describe() {
        StringBuilder text = new StringBuilder(fault.name());
        if (fault == CorpusFault.NONE) {
            return text.toString();
        }
        text.append(" on ").append(target.equals(Faults.ANY) ? "any request" : target);
        if (fault.paging() || fault == CorpusFault.UNDOCUMENTED_STATE_IN_ANSWER) {
            text.append(" (every answer)");
        }
        if (fault != CorpusFault.UNDOCUMENTED_STATE && !fault.paging() && fault != CorpusFault.UNDOCUMENTED_STATE_IN_ANSWER) {
            text.append(" x").append(times);
        }
        switch (fault) {
            case THROTTLE_RETRY_AFTER -> text.append(", Retry-After: ").append(this.text);
            case SERVER_ERROR -> text.append(", status ").append(status)
                    .append(this.text == null ? "" : ", Retry-After: " + this.text);
            case DELAY_PAST_TIMEOUT -> text.append(", ").append(delayMillis).append(" ms");
            case WRONG_TYPE_BODY -> text.append(", body ").append(this.text);
            case WRONG_TYPE_FIELD -> text.append(", value ").append(this.text).append(", salt ").append(salt);
            case UNDOCUMENTED_ERROR_CODE -> text.append(", code ").append(this.text).append(", status ").append(status);
            case UNDOCUMENTED_STATE, UNDOCUMENTED_STATE_IN_ANSWER -> text.append(", raw '").append(this.text)
                    .append("'").append(fault == CorpusFault.UNDOCUMENTED_STATE ? " on resource #" + stateTarget : "");
            default -> {
                // nothing more
            }
        }
        return text.toString();
    }
}
