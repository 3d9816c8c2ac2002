package io.dclink.provider.jdcloud;

import io.dclink.model.AccessPoint;
import io.dclink.spi.Page;
import java.util.concurrent.CompletableFuture;

/**
 * Where lines land, as one listing: the region's locations (self-service and hosted lines, each with
 * its port specs and ISPs), then its partners (partner lines). The page token says which listing
 * and which page: {@code L2} is the locations' second page, {@code P1} the partners' first.
 */
final class AccessPoints {

    private static final String LOCATIONS = "L";
    private static final String PARTNERS = "P";

    private final JdCloudApi api;
    private final Listing listing;

    AccessPoints(JdCloudApi api, Listing listing) {
        this.api = api;
        this.listing = listing;
    }

    CompletableFuture<Page<AccessPoint>> list(String token) {
        boolean partners = token != null && token.startsWith(PARTNERS);
        if (token != null && !partners && !token.startsWith(LOCATIONS)) {
            throw new IllegalArgumentException("'" + token + "' is not a page token of the access points");
        }
        String page = token == null ? null : token.substring(1);
        String region = api.region();
        if (partners) {
            return listing.page(Api.DESCRIBE_PARTNERS, null, Query.empty(), page, p -> LineMapping.partner(p, region),
                    p -> true).thenApply(found -> new Page<>(found.items(), next(PARTNERS, found.nextPageToken())));
        }
        return listing.page(Api.DESCRIBE_LOCATIONS, null, Query.empty(), page, l -> LineMapping.location(l, region), l -> true)
                .thenApply(found -> new Page<>(found.items(), found.nextPageToken() == null ? PARTNERS + 1
                        : LOCATIONS + found.nextPageToken()));
    }

    private static String next(String listing, String page) {
        return page == null ? null : listing + page;
    }
}
