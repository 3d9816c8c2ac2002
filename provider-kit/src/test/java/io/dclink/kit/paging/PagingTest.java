package io.dclink.kit.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.error.ErrorContext;
import io.dclink.error.ProtocolException;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.Connection;
import io.dclink.model.ProviderState;
import io.dclink.spi.Page;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The paging strategies end every listing, whatever the provider answers. */
class PagingTest {

    private static final ErrorContext CONTEXT = ErrorContext.of("acme");

    private static Connection line(String id) {
        return Connection.builder().provider("acme").id(id).name(id).state(ConnectionState.ACTIVE)
                .requiredAction(RequiredAction.NONE).providerState(ProviderState.of("up")).build();
    }

    @Test
    void offsetPagingEndsAtTheTotalAndRefusesALyingOne() {
        OffsetPaging paging = new OffsetPaging(2, CONTEXT);

        assertThat(paging.page(List.of(line("a"), line("b")), 0, 2, 3).nextPageToken()).isEqualTo("2");
        assertThat(paging.page(List.of(line("c")), paging.offset("2"), 1, 3).nextPageToken()).isNull();
        assertThat(paging.page(List.of(), 0, 0, 0).nextPageToken()).isNull();
        assertThatThrownBy(() -> paging.page(List.of(), 4, 0, 1_000_000)).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("acme").hasMessageContaining("empty page");
        assertThatThrownBy(() -> paging.page(List.of(), 0, 0, -1)).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("negative total");
    }

    @Test
    void pageNumberPagingStopsAtTheTotalSoARepeatedLastPageIsNeverRead() {
        PageNumberPaging paging = new PageNumberPaging(2, CONTEXT);

        assertThat(paging.pageNumber(null)).isEqualTo(1);
        assertThat(paging.page(List.of(line("a"), line("b")), 1, 2, 2, 3).nextPageToken()).isEqualTo("2");
        assertThat(paging.page(List.of(line("c")), 2, 2, 1, 3).nextPageToken()).isNull();
        assertThatThrownBy(() -> paging.page(List.of(), 1, 0, 0, 5)).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("page size of 0");
        assertThatThrownBy(() -> paging.page(List.of(), 3, -4, 0, 5)).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> paging.page(List.of(), 2, 2, 0, 10)).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("empty page 2");
    }

    @Test
    void tokenPagingTreatsABlankTokenAsTheEnd() {
        assertThat(TokenPaging.page(List.of(), "").nextPageToken()).isNull();
        assertThat(TokenPaging.page(List.of(), "t-1").nextPageToken()).isEqualTo("t-1");
    }

    @Test
    void theGuardStopsARepeatedTokenARepeatedPageAndTooManyPages() {
        PageGuard tokens = new PageGuard(CONTEXT, "lines");
        tokens.accept(new Page<>(List.of(line("a")), "t"));
        assertThatThrownBy(() -> tokens.accept(new Page<>(List.of(line("b")), "t"))).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("'t' twice").hasMessageContaining("acme");

        PageGuard pages = new PageGuard(CONTEXT, "lines");
        pages.accept(new Page<>(List.of(line("a")), "1"));
        assertThatThrownBy(() -> pages.accept(new Page<>(List.of(line("a")), "2"))).hasMessageContaining("same page twice");

        PageGuard capped = new PageGuard(CONTEXT, "lines", 3);
        for (int i = 0; i < 3; i++) {
            capped.accept(new Page<>(List.of(line("l" + i)), "p" + i));
        }
        assertThatThrownBy(() -> capped.accept(new Page<>(List.of(line("l9")), "p9"))).hasMessageContaining("past 3 pages");
    }

    @Test
    void anIdAnEarlierPageHadEndsTheListingAsInconsistentAndWorthRepeating() {
        PageGuard guard = new PageGuard(CONTEXT, "lines");

        assertThat(guard.accept(new Page<>(List.of(line("a"), line("b")), "1"))).extracting(Connection::id)
                .containsExactly("a", "b");
        assertThatThrownBy(() -> guard.accept(new Page<>(List.of(line("b"), line("c")), null)))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.context().retryable()).isTrue())
                .hasMessageContaining("lines b twice")
                .hasMessageContaining("list again");
    }

    @Test
    void allPagesOfASubListingAreReadAndACyclingTokenEndsIt() {
        List<List<String>> pages = List.of(List.of("a", "b"), List.of("c"));
        List<Connection> all = Pages.<Connection>all(token -> {
            int index = token == null ? 0 : Integer.parseInt(token);
            return CompletableFuture.completedFuture(new Page<>(pages.get(index).stream().map(PagingTest::line).toList(),
                    index + 1 < pages.size() ? Integer.toString(index + 1) : null));
        }, CONTEXT, "lines").join();
        assertThat(all).extracting(Connection::id).containsExactly("a", "b", "c");

        AtomicInteger calls = new AtomicInteger();
        CompletableFuture<List<Connection>> cycling = Pages.all(token -> CompletableFuture.completedFuture(
                new Page<>(List.of(line("x" + calls.incrementAndGet())), calls.get() % 2 == 0 ? "A" : "B")), CONTEXT, "lines");
        assertThatThrownBy(cycling::join).isInstanceOf(CompletionException.class).cause()
                .isInstanceOf(ProtocolException.class);
        assertThat(calls.get()).isEqualTo(3);
    }
}
