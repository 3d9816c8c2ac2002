package io.dclink.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.dclink.CircuitBreakerOptions;
import io.dclink.DirectConnect;
import io.dclink.RetryOptions;
import io.dclink.error.DirectConnectException;
import io.dclink.error.ErrorContext;
import io.dclink.spi.ErrorTable;
import io.dclink.testkit.emulator.EmulatedOperation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The plugin's error table, end to end: for every rule, the emulator answers a read with a code the
 * rule matches, in the provider's own envelope, and the client raises the typed error the table
 * names, with that code, a request id and the table's retry decision.
 */
public interface ErrorTableGroup extends KitGroup {

    /** Checks that every rule of the error table reaches the user as the typed error it names. */
    @Test
    @DisplayName("every rule of the error table reaches the user as the typed error it names")
    default void everyRuleReachesTheUser() {
        KitFixture kit = kit();
        ErrorTable table = kit.descriptor().errors();
        String describe = kit.operation(EmulatedOperation.DESCRIBE_CONNECTIONS);
        List<String> wrong = new ArrayList<>();
        try (DirectConnect client = kit.builder(kit.emulator().testCredentials())
                .retry(RetryOptions.disabled())
                .circuitBreaker(new CircuitBreakerOptions(100, 10_000, 10_000, Duration.ofSeconds(1))).build()) {
            for (ErrorTable.Rule rule : table.rules()) {
                String code = example(rule);
                int status = rule.httpStatus() != 0 ? rule.httpStatus() : kit.descriptor().errorEnvelope().usualStatus();
                ErrorTable.Classification expected = table.classify(code, status);
                kit.emulator().faults().clear().providerError(describe, code, status, 1);

                Throwable thrown = catchThrowable(() -> client.connections().list().stream().count());

                DirectConnectException typed = thrown instanceof DirectConnectException e ? e : null;
                Class<?> expectedType = expected.category().exception("", ErrorContext.of(null)).getClass();
                if (typed == null || typed.getClass() != expectedType || !typed.errorCode().orElse("").equals(code)
                        || typed.isRetryable() != expected.retryable()
                        || kit.answersCarryRequestIds() && typed.requestId().isEmpty()) {
                    wrong.add(code + " (HTTP " + status + "): expected " + expectedType.getSimpleName() + ", retryable "
                            + expected.retryable() + ", got " + describe(thrown));
                }
            }
        }
        assertThat(wrong).as("codes that did not reach the user as the table says").isEmpty();
    }

    /** A code the rule matches: the rule's own text, completed where the rule names a part of codes. */
    private static String example(ErrorTable.Rule rule) {
        return switch (rule.match()) {
            case EXACT -> rule.pattern();
            case PREFIX -> rule.pattern() + (rule.pattern().endsWith(".") ? "" : ".") + "TckExample";
            case SUFFIX -> "TckExample" + rule.pattern();
            case CONTAINS -> "TckExample." + rule.pattern();
        };
    }

    private static String describe(Throwable thrown) {
        if (thrown == null) {
            return "no error";
        }
        if (thrown instanceof DirectConnectException e) {
            return e.getClass().getSimpleName() + " code=" + e.errorCode().orElse("(none)") + " retryable=" + e.isRetryable()
                    + " requestId=" + e.requestId().orElse("(none)");
        }
        return thrown.getClass().getName();
    }
}
