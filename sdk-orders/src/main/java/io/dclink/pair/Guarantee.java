package io.dclink.pair;

/** Whether a property of a pair holds, and on what evidence. */
public enum Guarantee {

    /** What the provider reports shows it holds. */
    HOLDS,

    /** The provider's order promises it, but nothing it reports shows it. */
    PROMISED,

    /** What the provider reports shows it does not hold. */
    DOES_NOT_HOLD,

    /** Nothing the provider reports says either way. */
    NOT_REPORTED;

    /**
     * {@return whether it can be relied on: it holds ({@link #HOLDS}) or the provider promises it ({@link #PROMISED})}
     */
    public boolean reliedOn() {
        return this == HOLDS || this == PROMISED;
    }
}
