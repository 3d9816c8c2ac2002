package io.dclink;

import java.util.List;
import java.util.stream.Stream;

/**
 * A lazily fetched listing. Iterating fetches pages one at a time as they are needed; nothing is
 * fetched before iteration starts, and each iteration starts again from the first page.
 *
 * @param <T> the element type
 */
public interface Paginated<T> extends Iterable<T> {

    /** {@return the elements as a sequential stream, fetching pages as the stream is consumed} */
    Stream<T> stream();

    /** {@return the pages themselves, fetched one at a time} */
    Iterable<List<T>> pages();
}
