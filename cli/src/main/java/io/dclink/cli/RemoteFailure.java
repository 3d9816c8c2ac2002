package io.dclink.cli;

/** The provider, the emulator or a download failed or could not be reached: exit code 1. */
final class RemoteFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RemoteFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
