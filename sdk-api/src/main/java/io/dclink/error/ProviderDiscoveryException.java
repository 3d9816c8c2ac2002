package io.dclink.error;

/**
 * The provider plugins on the class path do not allow the requested client to be built: none is
 * installed, the id is unknown, two plugins claim one id, or a plugin targets another SPI
 * version. The message names the problem and the remedy.
 */
public class ProviderDiscoveryException extends DirectConnectException {

    /**
     * Creates the error.
     *
     * @param message the problem and the remedy
     * @param context where it came from (the requested provider id, if any)
     */
    public ProviderDiscoveryException(String message, ErrorContext context) {
        super(message, context, null);
    }

    /**
     * Creates the error with what caused it, such as a plugin's failing constructor.
     *
     * @param message the problem and the remedy
     * @param context where it came from (the requested provider id, if any)
     * @param cause what failed
     */
    public ProviderDiscoveryException(String message, ErrorContext context, Throwable cause) {
        super(message, context, cause);
    }
}
