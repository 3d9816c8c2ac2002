package io.dclink.kit.http;

import java.net.URI;

/** The {@code Host} header an HTTP client sends for a URI, which signatures that sign the host must use. */
public final class HostHeader {

    private HostHeader() {
    }

    /**
     * The host, with the port when it is not the scheme's default.
     *
     * @param uri the request URI
     * @return the header value
     */
    public static String of(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (port == 443 && "https".equals(uri.getScheme()))
                || (port == 80 && "http".equals(uri.getScheme()));
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }
}
