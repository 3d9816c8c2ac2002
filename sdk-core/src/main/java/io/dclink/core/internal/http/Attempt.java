package io.dclink.core.internal.http;

import io.dclink.interceptor.AttemptContext;
import io.dclink.spi.HttpCall;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/** One HTTP attempt as interceptors see it, and the headers they add to it. */
final class Attempt implements AttemptContext {

    /** Headers the JDK's HTTP client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("host", "connection", "content-length", "expect", "upgrade");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern VALUE = Pattern.compile("[\\t\\x20-\\x7E]*");

    private final String provider;
    private final HttpCall call;
    private final int number;
    private final Map<String, String> added = new LinkedHashMap<>();
    private volatile boolean sent;
    private volatile int status;
    private volatile long elapsedNanos;
    private volatile Throwable failure;

    Attempt(String provider, HttpCall call, int number) {
        this.provider = provider;
        this.call = call;
        this.number = number;
    }

    @Override
    public String provider() {
        return provider;
    }

    @Override
    public String action() {
        return call.operation();
    }

    @Override
    public String method() {
        return call.method();
    }

    @Override
    public String endpoint() {
        return call.uri().getScheme() + "://" + call.uri().getRawAuthority() + call.uri().getRawPath();
    }

    @Override
    public int attempt() {
        return number;
    }

    @Override
    public synchronized void addHeader(String name, String value) {
        if (sent) {
            throw new IllegalStateException("the attempt was already sent");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean taken = call.headers().keySet().stream().anyMatch(existing -> existing.equalsIgnoreCase(name))
                || added.keySet().stream().anyMatch(existing -> existing.equalsIgnoreCase(name));
        if (taken || lower.equals("authorization") || RESTRICTED.contains(lower)) {
            throw new IllegalArgumentException("the header " + name + " cannot be added: the call or the HTTP client sets it");
        }
        if (!TOKEN.matcher(name).matches() || value == null || !VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a valid header: " + name);
        }
        added.put(name, value);
    }

    synchronized Map<String, String> addedHeaders() {
        sent = true;
        return Map.copyOf(added);
    }

    void ended(int statusCode, long nanos, Throwable cause) {
        this.status = statusCode;
        this.elapsedNanos = nanos;
        this.failure = cause;
    }

    @Override
    public OptionalInt statusCode() {
        return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    @Override
    public long elapsedNanos() {
        return elapsedNanos;
    }

    @Override
    public Throwable failure() {
        return failure;
    }

    @Override
    public String toString() {
        return "Attempt[" + provider + " " + call.operation() + " #" + number + "]";
    }
}
