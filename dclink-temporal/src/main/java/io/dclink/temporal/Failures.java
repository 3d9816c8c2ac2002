package io.dclink.temporal;

import io.dclink.error.DirectConnectException;
import io.temporal.failure.ApplicationFailure;
import java.util.function.Supplier;

/** dclink's errors as Temporal failures: retryable exactly when dclink says so, typed by the error's class. */
final class Failures {

    private Failures() {
    }

    static <T> T mapped(Supplier<T> call) {
        try {
            return call.get();
        } catch (DirectConnectException e) {
            throw of(e);
        }
    }

    static void mapped(Runnable call) {
        mapped(() -> {
            call.run();
            return null;
        });
    }

    static ApplicationFailure of(DirectConnectException e) {
        String type = e.getClass().getSimpleName();
        return e.isRetryable() ? ApplicationFailure.newFailureWithCause(e.getMessage(), type, e)
                : ApplicationFailure.newNonRetryableFailureWithCause(e.getMessage(), type, e);
    }
}
