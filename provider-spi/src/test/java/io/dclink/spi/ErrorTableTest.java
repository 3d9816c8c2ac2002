package io.dclink.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.error.InvalidStateException;
import io.dclink.error.ErrorContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorTableTest {

    private static final ErrorTable TABLE = ErrorTable.builder()
            .exact("Forbidden.NotAllowedInState", ErrorCategory.INVALID_STATE)
            .exact("TaskConflict", ErrorCategory.INVALID_STATE).retryable().note("work in progress")
            .containing("Throttling", ErrorCategory.THROTTLED)
            .prefix("Forbidden", ErrorCategory.PERMISSION_DENIED)
            .prefix("DependencyViolation", ErrorCategory.INVALID_STATE)
            .prefix("DependencyViolation.", ErrorCategory.INVALID_STATE).retryable()
            .suffix(".NotFound", ErrorCategory.NOT_FOUND)
            .exact("ServiceUnavailable", ErrorCategory.UNAVAILABLE).notRetryable().status(503)
            .build();

    @Test
    void exactThenContainingThenTheLongestPrefixThenTheLongestSuffix() {
        assertThat(TABLE.classify("Forbidden.NotAllowedInState", 403).category()).isEqualTo(ErrorCategory.INVALID_STATE);
        assertThat(TABLE.classify("Forbidden.Throttling", 403).category()).isEqualTo(ErrorCategory.THROTTLED);
        assertThat(TABLE.classify("Forbidden.Other", 403).category()).isEqualTo(ErrorCategory.PERMISSION_DENIED);
        assertThat(TABLE.classify("DependencyViolation", 400).retryable()).isFalse();
        assertThat(TABLE.classify("DependencyViolation.BgpGroup", 400).retryable()).isTrue();
        assertThat(TABLE.classify("InvalidVbr.NotFound", 400).category()).isEqualTo(ErrorCategory.NOT_FOUND);
    }

    @Test
    void retryabilityIsTheCategorysUnlessARuleSaysOtherwise() {
        assertThat(TABLE.classify("TaskConflict", 400)).isEqualTo(new ErrorTable.Classification(ErrorCategory.INVALID_STATE, true));
        assertThat(TABLE.classify("Throttling.User", 400).retryable()).isTrue();
        assertThat(TABLE.classify("ServiceUnavailable", 503).retryable()).isFalse();
        assertThat(TABLE.find("ServiceUnavailable").orElseThrow().httpStatus()).isEqualTo(503);
        assertThat(TABLE.find("TaskConflict").orElseThrow().note()).isEqualTo("work in progress");
    }

    @Test
    void anUnknownCodeIsJudgedByItsStatus() {
        assertThat(TABLE.classify("Wholly.New", 500)).isEqualTo(new ErrorTable.Classification(ErrorCategory.UNAVAILABLE, true));
        assertThat(TABLE.classify("Wholly.New", 404).category()).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(TABLE.classify("Wholly.New", 429).category()).isEqualTo(ErrorCategory.THROTTLED);
        assertThat(TABLE.classify("Wholly.New", 200).category()).isEqualTo(ErrorCategory.OTHER);
        assertThat(TABLE.find("Wholly.New")).isEmpty();
    }

    @Test
    void aCategoryMakesItsTypedError() {
        assertThat(ErrorCategory.INVALID_STATE.exception("the message", ErrorContext.of("p")))
                .isInstanceOfSatisfying(InvalidStateException.class, e -> assertThat(e.provider()).contains("p"))
                .hasMessageContaining("the message");
    }

    @Test
    void duplicateRulesAndModifiersWithoutARuleAreRefused() {
        assertThatThrownBy(() -> ErrorTable.builder().exact("A", ErrorCategory.OTHER).exact("A", ErrorCategory.OTHER).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'A'");
        assertThatThrownBy(() -> ErrorTable.builder().retryable()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ErrorEnvelope(List.of("Code"), List.of(), List.of(), 400, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON Pointer");
    }
}
