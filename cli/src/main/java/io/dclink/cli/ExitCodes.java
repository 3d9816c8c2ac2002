package io.dclink.cli;

/** The exit codes of the public contract. */
final class ExitCodes {

    static final int OK = 0;
    /** The provider (or the emulator) refused or failed the request. */
    static final int REMOTE = 1;
    /** The command line, or a request, is invalid; nothing was sent. */
    static final int USAGE = 2;
    /** A wait ended without the resource reaching the wanted state in time. */
    static final int TIMEOUT = 3;
    /** An order may have been placed and whether it was is unknown; repeating with the printed key is safe. */
    static final int OUTCOME_UNKNOWN = 4;

    private ExitCodes() {
    }
}
