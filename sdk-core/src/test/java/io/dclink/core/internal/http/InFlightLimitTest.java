package io.dclink.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.ConcurrencyOptions;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The bound on requests in flight, in all and per endpoint. */
class InFlightLimitTest {

    @Test
    void requestsBeyondAnEndpointsBoundWaitWhileOtherEndpointsProceed() {
        InFlightLimit limit = new InFlightLimit(new ConcurrencyOptions(3, 2));
        CompletableFuture<Void> a1 = limit.acquire("a");
        CompletableFuture<Void> a2 = limit.acquire("a");
        CompletableFuture<Void> a3 = limit.acquire("a");
        CompletableFuture<Void> b1 = limit.acquire("b");
        CompletableFuture<Void> b2 = limit.acquire("b");

        assertThat(a1).isDone();
        assertThat(a2).isDone();
        assertThat(a3).as("endpoint a is full").isNotDone();
        assertThat(b1).isDone();
        assertThat(b2).as("three in flight in all").isNotDone();
        assertThat(limit.inFlight()).isEqualTo(3);

        limit.release("a");

        assertThat(a3).as("first in its endpoint's line").isDone();
        assertThat(b2).isNotDone();
        limit.release("b");
        assertThat(b2).isDone();
        assertThat(limit.inFlight()).isEqualTo(3);
    }

    @Test
    void aWaiterThatGaveUpIsSkippedAndClosingFailsTheRest() {
        InFlightLimit limit = new InFlightLimit(new ConcurrencyOptions(1, 1));
        limit.acquire("a");
        CompletableFuture<Void> abandoned = limit.acquire("a");
        CompletableFuture<Void> next = limit.acquire("a");
        CompletableFuture<Void> last = limit.acquire("a");
        abandoned.cancel(false);

        limit.release("a");
        limit.failAll(new IllegalStateException("closed"));

        assertThat(next).isDone().isNotCompletedExceptionally();
        assertThat(last).isCompletedExceptionally();
        assertThat(limit.inFlight()).isEqualTo(1);
    }
}
