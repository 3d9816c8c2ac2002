package io.dclink.spi;

/** Whether repeating a call after an ambiguous failure (it may have taken effect) is safe. */
public enum Idempotency {
    /** Reads, and writes whose repetition has the same effect. Always retried when retryable. */
    IDEMPOTENT,
    /** A write carrying a client token the provider de-duplicates on. Retried with the same token. */
    CLIENT_TOKEN,
    /** A write that would act twice. Retried only when the request provably did not take effect. */
    NOT_IDEMPOTENT
}
