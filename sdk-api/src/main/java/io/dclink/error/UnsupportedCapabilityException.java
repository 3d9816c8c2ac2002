package io.dclink.error;

import io.dclink.Capability;

/** The provider does not offer the requested operation; nothing was sent. */
public class UnsupportedCapabilityException extends DirectConnectException {

    /** The missing capability. */
    private final Capability capability;

    /**
     * Creates the error.
     *
     * @param capability the missing capability
     * @param context where it came from
     */
    public UnsupportedCapabilityException(Capability capability, ErrorContext context) {
        this(capability, null, context);
    }

    /**
     * Creates the error with the provider's reason for lacking the capability.
     *
     * @param capability the missing capability
     * @param reason why the provider lacks it, or {@code null}
     * @param context where it came from
     */
    public UnsupportedCapabilityException(Capability capability, String reason, ErrorContext context) {
        super("Provider '" + context.provider() + "' does not support " + capability + (reason == null ? "" : " (" + reason
                + ")") + "; check DirectConnect.provider().capabilities() before calling it", context, null);
        this.capability = capability;
    }

    /** {@return the missing capability} */
    public Capability capability() {
        return capability;
    }
}
