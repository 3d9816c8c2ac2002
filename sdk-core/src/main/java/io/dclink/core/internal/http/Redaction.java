package io.dclink.core.internal.http;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hides credentials in what the transport logs: authorisation-style headers and signature or
 * token query parameters, whatever the provider calls them.
 */
final class Redaction {

    private static final List<String> SECRET_HEADER_WORDS =
            List.of("authorization", "token", "secret", "signature", "password", "cookie", "api-key", "apikey");
    private static final List<String> SECRET_PARAMETER_WORDS =
            List.of("signature", "token", "secret", "password", "credential");

    private Redaction() {
    }

    static Map<String, String> headers(Map<String, List<String>> headers) {
        Map<String, String> shown = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> shown.put(name,
                isSecret(name, SECRET_HEADER_WORDS) ? SecretScrubber.MASK : String.join(",", values)));
        return shown;
    }

    static String uri(URI uri) {
        String query = uri.getRawQuery();
        String base = uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
        if (query == null || query.isEmpty()) {
            return base;
        }
        StringBuilder shown = new StringBuilder(base).append('?');
        String[] pairs = query.split("&");
        for (int i = 0; i < pairs.length; i++) {
            int eq = pairs[i].indexOf('=');
            String name = eq < 0 ? pairs[i] : pairs[i].substring(0, eq);
            shown.append(i == 0 ? "" : "&").append(eq >= 0 && isSecret(name, SECRET_PARAMETER_WORDS)
                    ? name + "=" + SecretScrubber.MASK : pairs[i]);
        }
        return shown.toString();
    }

    private static boolean isSecret(String name, List<String> words) {
        String lower = name.toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(lower::contains);
    }
}
