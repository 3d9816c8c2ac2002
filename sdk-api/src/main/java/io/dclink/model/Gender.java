package io.dclink.model;

/** The gender a provider records for a field engineer. */
public enum Gender {
    /** Male. */
    MALE,
    /** Female. */
    FEMALE
}
