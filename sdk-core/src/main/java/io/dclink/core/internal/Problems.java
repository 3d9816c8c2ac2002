package io.dclink.core.internal;

import io.dclink.error.Problem;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a request instead of stopping at the first. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    Problems required(String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            found.add(new Problem(field, "is required"));
        }
        return this;
    }

    Problems positive(String field, Integer value) {
        if (value != null && value <= 0) {
            found.add(new Problem(field, "must be positive, was " + value));
        }
        return this;
    }

    Problems idempotencyKey(String value) {
        if (value != null && (value.isEmpty() || value.length() > 64 || !value.chars().allMatch(c -> c > 32 && c < 127))) {
            found.add(new Problem("idempotencyKey", "must be 1 to 64 printable ASCII characters without spaces"));
        }
        return this;
    }

    Problems check(boolean ok, String field, String message) {
        if (!ok) {
            found.add(new Problem(field, message));
        }
        return this;
    }

    List<Problem> list() {
        return List.copyOf(found);
    }
}
