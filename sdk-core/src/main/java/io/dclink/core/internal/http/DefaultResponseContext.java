package io.dclink.core.internal.http;

import io.dclink.error.ErrorContext;
import io.dclink.spi.ResponseContext;

record DefaultResponseContext(ErrorContext errorContext, String operation, SecretScrubber scrubber)
        implements ResponseContext {

    @Override
    public String scrub(String text) {
        return scrubber.scrub(text);
    }
}
