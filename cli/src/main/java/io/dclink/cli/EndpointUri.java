package io.dclink.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A base URL given with {@code --endpoint} (or {@code DCLINK_ENDPOINT}): any URL parses, and the
 * commands that use it check it is {@code https://}, or {@code http://} on this machine only
 * (where nobody else reads the traffic, as with an emulator).
 */
final class EndpointUri implements ITypeConverter<URI> {

    @Override
    public URI convert(String text) {
        try {
            return new URI(text.strip());
        } catch (URISyntaxException invalid) {
            throw new TypeConversionException("'" + text + "' is not a URL");
        }
    }

    /** The endpoint, if a command may send to it; else a usage error saying why not. */
    static URI usable(URI endpoint) {
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (endpoint.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new UsageException("--endpoint " + endpoint + " is not an http(s) URL with a host, "
                    + "e.g. https://api.example.com or http://127.0.0.1:18080");
        }
        if (scheme.equals("http") && !isLoopback(endpoint)) {
            throw new UsageException("--endpoint " + endpoint + ": plain http is accepted only on this machine "
                    + "(localhost, 127.0.0.1 or [::1]); use https://" + endpoint.getRawAuthority());
        }
        return endpoint;
    }

    /** Whether the URI names this machine: {@code localhost}, {@code 127.x.x.x} or {@code ::1}. */
    static boolean isLoopback(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return host.equals("localhost") || host.matches("127(\\.\\d{1,3}){3}") || host.equals("[::1]")
                || host.equals("::1");
    }
}
