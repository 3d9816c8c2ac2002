package io.dclink.spi;

import io.dclink.model.AccessPoint;
import java.util.concurrent.CompletableFuture;

/** The provider side of access point operations. */
public interface AccessPointDriver {

    /**
     * Fetches one page of access points.
     *
     * @param pageToken the token of the page to fetch, or {@code null} for the first
     * @return the page
     */
    CompletableFuture<Page<AccessPoint>> list(String pageToken);
}
