package io.dclink.provider.consoleconnect;

import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.kit.json.JsonRecord;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The username of the company a client acts for, which most paths name: the one configured, or else
 * the one the API key belongs to, discovered once per client with {@code GET /api/auth/token} (whose
 * {@code companies} list the user's companies, reference §1). A failed discovery is not kept: the
 * next call asks again.
 */
final class CompanyName {

    private final ConsoleConnectApi api;
    private final String configured;
    private final AtomicReference<CompletableFuture<String>> discovery = new AtomicReference<>();

    CompanyName(ConsoleConnectApi api, String configured) {
        this.api = api;
        this.configured = configured;
    }

    /** The username, configured or discovered. */
    CompletableFuture<String> get() {
        if (configured != null) {
            return CompletableFuture.completedFuture(configured);
        }
        CompletableFuture<String> known = discovery.get();
        if (known != null) {
            return known;
        }
        CompletableFuture<String> started = new CompletableFuture<>();
        if (!discovery.compareAndSet(null, started)) {
            return discovery.get();
        }
        api.read(Api.WHO_AM_I, null, null, Map.of()).thenApply(this::username).whenComplete((name, failure) -> {
            if (failure != null) {
                discovery.compareAndSet(started, null);
                started.completeExceptionally(Failures.cause(failure));
            } else {
                started.complete(name);
            }
        });
        return started;
    }

    /**
     * The one company of the key's user; several or none cannot be chosen from. UNVERIFIED: that
     * each of {@code companies} carries its {@code username} (the reference names the list only).
     */
    private String username(JsonRecord user) {
        List<String> usernames = user.records("companies", company -> company.requiredText("username"));
        if (usernames.size() == 1) {
            return usernames.get(0);
        }
        String why = usernames.isEmpty() ? "the API key's user belongs to no company"
                : "the API key's user belongs to " + usernames.size() + " companies " + usernames;
        throw new ValidationException(api.errors(), List.of(new Problem(Settings.COMPANY, why + ": set "
                + Settings.COMPANY_VARIABLE + " or the builder property " + Settings.COMPANY + " to the company's username")));
    }
}
