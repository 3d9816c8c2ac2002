package io.dclink.pair;

/** How the two lines of a pair are ordered. */
public enum PairOrdering {

    /**
     * With the provider's native redundant order where its plugin declares one for the resilience
     * asked for (Alibaba's high-reliability order), else as two lines naming each other.
     */
    NATIVE_WHERE_OFFERED,

    /** Always as two lines, the second naming the first in the provider's redundancy field where it has one. */
    SEPARATE_LINES
}
