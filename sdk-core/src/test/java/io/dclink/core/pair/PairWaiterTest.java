package io.dclink.core.pair;

import static io.dclink.core.pair.Lines.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.dclink.error.ErrorContext;
import io.dclink.error.ProviderUnavailableException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.error.WaitFailedException;
import io.dclink.error.WaitTimeoutException;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.pair.PairAction;
import io.dclink.pair.PairCheckpoint;
import io.dclink.pair.PairGuarantees;
import io.dclink.pair.PairPlan;
import io.dclink.pair.PairState;
import io.dclink.pair.PairWaitSpec;
import io.dclink.pair.RedundantPair;
import io.dclink.pair.Resilience;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PairWaiterTest {

    private static final PairCheckpoint START = new PairCheckpoint("test", null, "k", new PairPlan(
            Resilience.TWO_ACCESS_POINTS, "m", List.of("ap-1", "ap-2"), null), CreateConnectionRequest.builder().name("n")
            .build(), "a", null);
    private static final PairWaitSpec QUICK = PairWaitSpec.untilActive().polling(Duration.ofMillis(1), Duration.ofMillis(4));

    private static RedundantPair pair(PairState state, PairCheckpoint checkpoint) {
        return new RedundantPair("test", "k", checkpoint.plan(), line("a", ConnectionState.ACTIVE, RequiredAction.NONE),
                null, state, state == PairState.FAILED ? new PairAction(RequiredAction.CONTACT_PROVIDER, "a", "lost")
                        : PairAction.NONE, PairGuarantees.NOT_REPORTED, checkpoint);
    }

    /** Answers each poll with the next outcome: a state, or an error to throw. */
    private static Function<PairCheckpoint, RedundantPair> script(Object... outcomes) {
        Deque<Object> left = new ArrayDeque<>(List.of(outcomes));
        return checkpoint -> {
            Object next = left.size() == 1 ? left.peek() : left.poll();
            if (next instanceof RuntimeException e) {
                throw e;
            }
            return pair((PairState) next, next == PairState.ORDERING ? checkpoint : checkpoint.withSecond("b"));
        };
    }

    private static Throwable cause(Throwable thrown) {
        return thrown instanceof CompletionException ? thrown.getCause() : thrown;
    }

    @Test
    void pollsThroughUnknownAndRetryableErrorsUntilThePairIsActiveHandingOutEachCheckpoint() {
        List<PairCheckpoint> stored = new ArrayList<>();
        ProviderUnavailableException flaky = new ProviderUnavailableException("down", ErrorContext.of("test").withRetryable(true), false, null);

        RedundantPair done = new PairWaiter(script(PairState.ORDERING, flaky, PairState.UNKNOWN, PairState.PROVISIONING,
                PairState.ACTIVE), ErrorContext.of("test")).start(START, QUICK.onCheckpoint(stored::add)).join();

        assertThat(done.state()).isEqualTo(PairState.ACTIVE);
        assertThat(stored).hasSize(4);
        assertThat(stored.get(0).secondId()).isNull();
        assertThat(stored.get(3).secondId()).isEqualTo("b");
    }

    @Test
    void aFailedPairANonRetryableErrorAndTheDeadlineEndTheWait() {
        Throwable failed = catchThrowable(() -> new PairWaiter(script(PairState.PROVISIONING, PairState.FAILED),
                ErrorContext.of("test")).start(START, QUICK).join());
        Throwable gone = catchThrowable(() -> new PairWaiter(script(new ResourceNotFoundException("gone",
                ErrorContext.of("test"), null)), ErrorContext.of("test")).start(START, QUICK).join());
        Throwable late = catchThrowable(() -> new PairWaiter(script(PairState.PROVISIONING), ErrorContext.of("test"))
                .start(START, QUICK.timeout(Duration.ofMillis(30))).join());

        assertThat(cause(failed)).isInstanceOf(WaitFailedException.class).hasMessageContaining("lost");
        assertThat(cause(gone)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(cause(late)).isInstanceOf(WaitTimeoutException.class).hasMessageContaining("[ACTIVE]");
    }

    @Test
    void awaitingFailureItselfSucceedsOnIt() {
        RedundantPair done = new PairWaiter(script(PairState.FAILED), ErrorContext.of("test"))
                .start(START, PairWaitSpec.until(PairState.FAILED, PairState.ACTIVE).polling(Duration.ofMillis(1),
                        Duration.ofMillis(2))).join();

        assertThat(done.state()).isEqualTo(PairState.FAILED);
    }
}
