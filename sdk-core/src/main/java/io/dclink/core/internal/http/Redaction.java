package io.dclink.core.internal.http;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Hides credentials in what the transport logs: authorisation-style headers and signature or
 * token query parameters, whatever the provider calls them.
 */
final class Redaction {

    private static final List<String> SECRET_HEADER_WORDS =
            List.of("authorization", "token", "secret", "signature", "password", "cookie", "api-key", "apikey");
    private static final List<String> SECRET_PARAMETER_WORDS =
            List.of("signature", "token", "secret", "password", "credential", "authkey", "certificateno");
    /**
     * JSON members and form fields whose names say they hold a secret, e.g. AuthKey, Password, Cak,
     * or a personal identity number (an LOA engineer's PMCertificateNo).
     */
    private static final Pattern SECRET_JSON_MEMBER = Pattern.compile(
            "(\"[A-Za-z_.]*(?i:authkey|auth_key|password|secret|token|signature|cak|ckn|apikey|api_key|certificateno)[A-Za-z_.]*\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern SECRET_FORM_FIELD = Pattern.compile(
            "((?:^|&)[A-Za-z_.0-9]*(?i:authkey|password|secret|token|signature|certificateno)[A-Za-z_.0-9]*=)[^&]*");

    private Redaction() {
    }

    static Map<String, String> headers(Map<String, List<String>> headers) {
        Map<String, String> shown = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> shown.put(name,
                isSecret(name, SECRET_HEADER_WORDS) ? SecretScrubber.MASK : String.join(",", values)));
        return shown;
    }

    /** A body as it may be logged: values of secret-named JSON members and form fields masked. */
    static String body(String text) {
        String masked = SECRET_JSON_MEMBER.matcher(text).replaceAll("$1\"" + SecretScrubber.MASK + "\"");
        return SECRET_FORM_FIELD.matcher(masked).replaceAll("$1" + SecretScrubber.MASK);
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
