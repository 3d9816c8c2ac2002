package io.dclink.spi;

import java.util.concurrent.CompletableFuture;

/**
 * The runtime's HTTP transport, one per client: signs each attempt, applies the rate limiter and
 * circuit breaker, retries what is safe to retry, logs with secrets redacted and maps failures to
 * typed errors. Implemented by the runtime; plugins only call it.
 */
public interface Transport {

    /**
     * Sends a call.
     *
     * @param call the call
     * @return the successful response; fails with a {@link io.dclink.error.DirectConnectException}
     */
    CompletableFuture<HttpResult> send(HttpCall call);
}
