package io.dclink.provider.consoleconnect;

import io.dclink.error.ErrorContext;
import io.dclink.kit.json.JsonRecord;
import io.dclink.model.AccessPoint;
import io.dclink.spi.Page;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Metros, the neutral access points: where a company takes Layer 2 connections
 * ({@code /api/company/{company}/metro/capabilities}, one answer). {@code accessPoints().list()} lists
 * the metros of the company named by the builder property {@value Settings#ACCESS_POINT_COMPANY} (a
 * destination such as {@code tencent-cloud}), or else the client's own company's.
 */
final class Metros {

    private final ConsoleConnectApi api;
    private final CompanyName company;
    private final String accessPointCompany;

    Metros(ConsoleConnectApi api, CompanyName company, String accessPointCompany) {
        this.api = api;
        this.company = company;
        this.accessPointCompany = accessPointCompany;
    }

    CompletableFuture<Page<AccessPoint>> list() {
        CompletableFuture<String> whose = accessPointCompany != null
                ? CompletableFuture.completedFuture(accessPointCompany) : company.get();
        return whose.thenCompose(username -> capabilities(username)
                .thenApply(metros -> Page.last(metros.stream().map(m -> MetroMapping.accessPoint(m, username)).toList())));
    }

    /** A company's metro capabilities, as Console Connect answers them. */
    CompletableFuture<List<JsonRecord>> capabilities(String username) {
        return api.read(Api.METRO_CAPABILITIES, username, null, Map.of()).thenApply(Answers::results);
    }

    /** The provider's error context, for errors the plugin raises itself. */
    ErrorContext errors() {
        return api.errors();
    }
}
