package io.dclink.testkit.emulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request as an emulator sees it.
 *
 * @param method the HTTP method
 * @param path the raw path
 * @param rawQuery the raw query string, or {@code null}
 * @param headers the headers, names in lower case
 * @param body the body bytes
 */
public record EmulatorRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {

    /**
     * Copies the headers with lower-case names.
     *
     * @param method the method
     * @param path the path
     * @param rawQuery the query
     * @param headers the headers
     * @param body the body
     */
    public EmulatorRequest {
        Map<String, List<String>> lower = new TreeMap<>();
        headers.forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        headers = Collections.unmodifiableMap(lower);
    }

    /**
     * The first value of a header.
     *
     * @param name the name, any case
     * @return the value, or {@code null}
     */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * The query parameters, decoded, in order; repeated names keep every value.
     *
     * @return the parameters
     */
    public Map<String, List<String>> queryParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    /**
     * The first value of a query parameter.
     *
     * @param name the name
     * @return the value, or {@code null}
     */
    public String query(String name) {
        List<String> values = queryParameters().get(name);
        return values == null ? null : values.get(0);
    }

    /**
     * The body as UTF-8 text.
     *
     * @return the text
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
