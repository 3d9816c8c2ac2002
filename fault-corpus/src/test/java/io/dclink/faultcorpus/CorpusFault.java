package io.dclink.faultcorpus;

/**
 * The fault kinds of the corpus, as the report names them. Most are scripted on the emulator's
 * faults for one wire operation the public call sends (or for any, {@link FaultCase#target()});
 * the undocumented state is set on a resource the call works on; the lies are {@link Rewrites} of
 * the emulator's answers.
 */
enum CorpusFault {
    /** No fault: the baseline every operation must pass. */
    NONE(null),
    /** The provider's throttling error, without {@code Retry-After}. */
    THROTTLE(null),
    /** The provider's throttling error with a {@code Retry-After} header (short, long, a date, nonsense). */
    THROTTLE_RETRY_AFTER(null),
    /** A 5xx in the provider's envelope, sometimes with {@code Retry-After}. */
    SERVER_ERROR(null),
    /** The connection is dropped before the request takes effect. */
    RESET_BEFORE_PROCESSING(null),
    /** The connection is dropped after the request took effect. */
    RESET_AFTER_PROCESSING(null),
    /** The answer comes later than the client's request timeout; the request takes effect. */
    DELAY_PAST_TIMEOUT(null),
    /** Half the answer's body, then the connection is dropped; the request took effect. */
    TRUNCATED_BODY(null),
    /** A body that is not JSON; the request took effect. */
    MALFORMED_BODY(null),
    /** An empty body with the answer's status; the request took effect. */
    EMPTY_BODY(null),
    /** The whole body replaced by JSON of the wrong type: {@code null}, {@code []}, {@code "x"}, {@code 42}, {@code {}}, {@code true}. */
    WRONG_TYPE_BODY(null),
    /** One field or element of the answer, chosen at random, replaced by a value of another type ({@code "x"}, {@code 42}, {@code []}, {@code {}}). */
    WRONG_TYPE_FIELD(null),
    /** An error code the provider never documented, in its envelope. */
    UNDOCUMENTED_ERROR_CODE(null),
    /** A resource the call works on is put in a raw state the provider never documented (the operator's setRawState). */
    UNDOCUMENTED_STATE(null),
    /** Every ...State/...Status text of the answers says a value the provider never documented. */
    UNDOCUMENTED_STATE_IN_ANSWER(Rewrites.STATE_FIELD),
    /** {@code TotalCount} a thousand more than there are. */
    PAGING_TOTAL_TOO_LARGE("TotalCount"),
    /** {@code PageSize} 0. */
    PAGING_PAGE_SIZE_ZERO("PageSize"),
    /** {@code PageSize} -1. */
    PAGING_PAGE_SIZE_NEGATIVE("PageSize"),
    /** The same {@code NextToken} on every page: the first page again and again. */
    PAGING_TOKEN_REPEATED("NextToken"),
    /** {@code NextToken}s taking turns between two tokens. */
    PAGING_TOKEN_CYCLING("NextToken"),
    /** A new {@code NextToken} on every page, each leading back to the first page. */
    PAGING_TOKEN_FRESH("NextToken"),
    /** Every page repeats one of its items. */
    PAGING_DUPLICATE_ITEMS(Rewrites.ARRAY_OF_OBJECTS),
    /** Every page empty while its counts say otherwise. */
    PAGING_EMPTY_PAGES(Rewrites.ARRAY_OF_OBJECTS);

    private final String needs;

    CorpusFault(String needs) {
        this.needs = needs;
    }

    /**
     * What an answer must hold for the fault to lie about it (a paging field, a page, a state
     * field), as the calibration notes it; {@code null} for faults any answer can suffer.
     *
     * @return the need, or {@code null}
     */
    String needs() {
        return needs;
    }

    boolean paging() {
        return name().startsWith("PAGING_");
    }
}
