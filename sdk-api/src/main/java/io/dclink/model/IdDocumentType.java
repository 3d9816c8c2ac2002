package io.dclink.model;

/** The identity document of a field engineer. */
public enum IdDocumentType {
    /** National identity card. */
    ID_CARD,
    /** Passport. */
    PASSPORT,
    /** Another document. */
    OTHER
}
