package io.dclink.kit.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.auth.Credentials;
import io.dclink.error.ErrorContext;
import io.dclink.error.InvalidStateException;
import io.dclink.error.ProtocolException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.kit.json.JsonRecord;
import io.dclink.spi.HttpCall;
import io.dclink.spi.HttpResult;
import io.dclink.spi.Idempotency;
import io.dclink.spi.ProviderContext;
import io.dclink.spi.Transport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The calls whose answer may be nothing: a read that answers 204 or an empty body is "nothing", not
 * a protocol error, and a delete whose body is not read is done when it succeeds or finds the
 * resource gone. Each runs over a transport that answers as a test says and records what it sent.
 */
class CallsTest {

    private final List<HttpCall> sent = new ArrayList<>();

    private Calls<String> calls(Function<HttpCall, CompletableFuture<HttpResult>> answers) {
        Transport transport = call -> {
            sent.add(call);
            return answers.apply(call);
        };
        return new Calls<>(new Context(transport), "acme",
                (action, params) -> HttpCall.builder(action, "POST", URI.create("http://127.0.0.1:1/" + params)),
                answer -> answer);
    }

    private static CompletableFuture<HttpResult> answer(int status, String body) {
        return CompletableFuture.completedFuture(new HttpResult(status, Map.of(), body.getBytes(StandardCharsets.UTF_8)));
    }

    private static CompletableFuture<HttpResult> failing(RuntimeException error) {
        return CompletableFuture.failedFuture(new CompletionException(error));
    }

    @Test
    void anOptionalReadOfNoContentOrAnEmptyBodyIsNothing() {
        assertThat(calls(call -> answer(204, "")).readOptional("Price", "p").join()).isEmpty();
        assertThat(calls(call -> answer(200, "")).readOptional("Price", "p").join()).isEmpty();
        assertThat(sent).allSatisfy(call -> assertThat(call.idempotency()).isEqualTo(Idempotency.IDEMPOTENT));
    }

    @Test
    void anOptionalReadWithABodyIsReadStrictly() {
        Optional<JsonRecord> priced = calls(call -> answer(200, "{\"price\":12}")).readOptional("Price", "p").join();
        assertThat(priced).hasValueSatisfying(record -> assertThat(record.integer("price")).isEqualTo(12));

        assertThatThrownBy(() -> calls(call -> answer(200, "[1]")).readOptional("Price", "p").join())
                .hasCauseInstanceOf(ProtocolException.class).hasMessageContaining("Price");
    }

    @Test
    void anUnreadDeleteIsDoneWhateverItsBodyAndWhenTheResourceIsGone() {
        calls(call -> answer(200, "not json at all")).deleteUnread("Delete", "d").join();
        calls(call -> answer(204, "")).deleteUnread("Delete", "d").join();
        calls(call -> failing(new ResourceNotFoundException("gone", ErrorContext.of("acme"), null)))
                .deleteUnread("Delete", "d").join();

        assertThat(sent).hasSize(3).allSatisfy(call -> assertThat(call.idempotency()).isEqualTo(Idempotency.IDEMPOTENT));
    }

    @Test
    void anUnreadDeleteThatIsRefusedFailsWithTheRefusal() {
        InvalidStateException refused = new InvalidStateException("busy", ErrorContext.of("acme"), null);

        assertThatThrownBy(() -> calls(call -> failing(refused)).deleteUnread("Delete", "d").join())
                .isInstanceOf(CompletionException.class).hasCause(refused);
    }

    @Test
    void aReadDeleteStillReadsItsAnswer() {
        assertThatThrownBy(() -> calls(call -> answer(200, "not json at all")).delete("Delete", "d").join())
                .hasCauseInstanceOf(ProtocolException.class);
    }

    /** A context whose only working part is the transport. */
    private record Context(Transport transport) implements ProviderContext {

        @Override
        public String region() {
            return "r-1";
        }

        @Override
        public Optional<URI> endpointOverride() {
            return Optional.empty();
        }

        @Override
        public Credentials credentials() {
            return Credentials.apiKey("k");
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }

        @Override
        public ScheduledExecutorService scheduler() {
            throw new UnsupportedOperationException("no scheduler in this test");
        }

        @Override
        public Map<String, String> properties() {
            return Map.of();
        }
    }
}
