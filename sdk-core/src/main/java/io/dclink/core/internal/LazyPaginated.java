package io.dclink.core.internal;

import io.dclink.Paginated;
import io.dclink.error.ErrorContext;
import io.dclink.kit.paging.PageGuard;
import io.dclink.spi.Page;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A listing that fetches one page at a time, only when iteration needs it, and ends: a repeated
 * token or page, or too many pages, stop it with a protocol error; repeated items are dropped.
 */
final class LazyPaginated<T> implements Paginated<T> {

    private final Function<String, CompletableFuture<Page<T>>> fetch;
    private final ErrorContext context;
    private final String listing;

    LazyPaginated(Function<String, CompletableFuture<Page<T>>> fetch, ErrorContext context, String listing) {
        this.fetch = fetch;
        this.context = context;
        this.listing = listing;
    }

    @Override
    public Iterator<T> iterator() {
        Iterator<List<T>> pages = pages().iterator();
        return new Iterator<>() {
            private Iterator<T> current = List.<T>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && pages.hasNext()) {
                    current = pages.next().iterator();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    @Override
    public Stream<T> stream() {
        return StreamSupport.stream(spliterator(), false);
    }

    @Override
    public Iterable<List<T>> pages() {
        return PageIterator::new;
    }

    private final class PageIterator implements Iterator<List<T>> {
        private final PageGuard guard = new PageGuard(context, listing);
        private String nextToken;
        private boolean started;
        private boolean finished;

        @Override
        public boolean hasNext() {
            return !finished;
        }

        @Override
        public List<T> next() {
            if (finished) {
                throw new NoSuchElementException();
            }
            Page<T> page = Calls.join(fetch.apply(started ? nextToken : null), context);
            started = true;
            List<T> fresh = guard.accept(page);
            nextToken = page.nextPageToken();
            finished = nextToken == null;
            return fresh;
        }
    }
}
