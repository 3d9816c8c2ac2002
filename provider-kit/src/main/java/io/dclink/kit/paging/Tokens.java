package io.dclink.kit.paging;

import io.dclink.error.ErrorContext;
import io.dclink.error.ProtocolException;
import io.dclink.spi.ErrorCategory;

/** Page tokens the paging strategies make, and the error for a provider's paging that lies. */
final class Tokens {

    private Tokens() {
    }

    static int number(String token, String what) {
        try {
            int value = Integer.parseInt(token);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + token + "' is not a page token of this listing (a " + what + ")");
    }

    static ProtocolException lie(ErrorContext context, String what) {
        return new ProtocolException(ErrorCategory.PROTOCOL.remedy() + ": provider '" + context.provider()
                + "' answered a listing with " + what + "; stopping instead of listing forever", context, null);
    }
}
