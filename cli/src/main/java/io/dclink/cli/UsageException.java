package io.dclink.cli;

/** A command line that names something that does not exist or misses what a command needs. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
