package io.dclink.faultcorpus;

/** What makes a case fail the corpus. */
enum Failure {
    /** A create left more than one new resource in the emulator. */
    DUPLICATE("duplicate order"),
    /** Something thrown that is not one of dclink's typed errors (nor a programmer error naming its argument). */
    UNTYPED("untyped exception"),
    /** The call did not return within the case's hard limit. */
    HANG("hang"),
    /** The call said it succeeded but returned or did the wrong thing, or said nothing was sent when something was. */
    WRONG_RESULT("wrong result"),
    /** The case could not be prepared with fault-free calls: the happy path itself failed. */
    SETUP("setup failed (fault-free calls)"),
    /** The case's fault-free checks after the call failed. */
    VERIFY("check failed (fault-free calls)");

    private final String label;

    Failure(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
