package io.dclink.spi;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A provider's HTTP response.
 *
 * @param statusCode the HTTP status
 * @param headers the headers, names in lower case
 * @param body the body bytes
 */
public record HttpResult(int statusCode, Map<String, List<String>> headers, byte[] body) {

    /**
     * Copies the headers with lower-case names.
     *
     * @param statusCode the status
     * @param headers the headers
     * @param body the body
     */
    public HttpResult {
        Map<String, List<String>> lower = new TreeMap<>();
        headers.forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        headers = java.util.Collections.unmodifiableMap(lower);
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, in any case
     * @return the value, if present
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** {@return the body as UTF-8 text} */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "HttpResult[status=" + statusCode + ", bodyBytes=" + body.length + "]";
    }
}
