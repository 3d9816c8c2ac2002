package io.dclink.spi;

/**
 * The input of a listing operation: the criteria and where to continue.
 *
 * @param query the criteria, or {@code null} for listings that take none (access points)
 * @param pageToken the token of the page to fetch, or {@code null} for the first
 * @param <Q> the criteria type
 */
public record PageRequest<Q>(Q query, String pageToken) {

    /** {@return whether this asks for the first page: {@code true} without a page token} */
    public boolean first() {
        return pageToken == null;
    }
}
