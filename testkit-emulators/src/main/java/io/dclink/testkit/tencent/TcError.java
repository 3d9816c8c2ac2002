package io.dclink.testkit.tencent;

/** A request the service refuses, with the code of its error. */
final class TcError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final String code;

    TcError(String code, String message) {
        super(message);
        this.code = code;
    }

    static TcError stateConflict(String message) {
        return new TcError("UnsupportedOperation.StateConfLict", message);
    }
}
