package io.dclink.spi;

import java.util.Map;

/** A provider's request signing: computes the headers that authenticate one attempt. */
@FunctionalInterface
public interface RequestSigner {

    /** Adds nothing: for unauthenticated calls. */
    RequestSigner NONE = request -> Map.of();

    /**
     * Signs one attempt.
     *
     * @param request the attempt
     * @return headers to add (for example {@code Authorization} and a timestamp header)
     */
    Map<String, String> sign(SigningRequest request);
}
