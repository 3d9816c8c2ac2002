package io.dclink.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a provider listing, and where the next one starts.
 *
 * @param items the elements of this page
 * @param nextPageToken an opaque token for the next page, or {@code null} on the last page
 * @param <T> the element type
 */
public record Page<T>(List<T> items, String nextPageToken) {

    /**
     * Validates and copies the components.
     *
     * @param items the elements
     * @param nextPageToken the next page's token, or {@code null}
     */
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /**
     * The last (or only) page.
     *
     * @param items the elements
     * @param <T> the element type
     * @return the page
     */
    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, null);
    }

    /** {@return the next page's token, or empty on the last page} */
    public Optional<String> next() {
        return Optional.ofNullable(nextPageToken);
    }
}
