package io.dclink.temporal;

/** The customer's steps that happen outside the workflow and reach it as signals. */
public enum HumanStep {
    /** The order was paid (in the provider's console). */
    PAYMENT_DONE,
    /** The letter of authorisation went to the carrier, which builds the line. */
    LOA_HANDED_TO_CARRIER,
    /** The carrier's construction report arrived (the signal carries it). */
    CONSTRUCTION_REPORTED,
    /** The line was tested and may be confirmed. */
    LINE_TESTED,
    /** Someone dealt with what the provider asked (a rejected application, a support case); look again. */
    RESOLVED
}
