package io.dclink.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorsTest {

    @Test
    void validationErrorListsEveryProblemAndSaysNothingWasSent() {
        ValidationException error = new ValidationException(ErrorContext.of("tencent"), List.of(
                new Problem("vlan", "must be 0 to 3000, was 4001"),
                new Problem("bgp.customerAsn", "is required when routing is BGP")));

        assertThat(error.getMessage())
                .contains("2 problems", "nothing was sent", "vlan: must be 0 to 3000, was 4001",
                        "bgp.customerAsn: is required when routing is BGP", "provider=tencent");
        assertThat(error.problems()).hasSize(2);
        assertThat(error.isRetryable()).isFalse();
    }

    @Test
    void aValidationErrorWithoutProblemsIsAProgrammingError() {
        assertThatThrownBy(() -> new ValidationException(ErrorContext.of("x"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contextTravelsWithTheErrorAndIntoItsMessage() {
        ErrorContext context = ErrorContext.of("tencent").withErrorCode("RequestLimitExceeded")
                .withRequestId("req-1").withHttpStatus(200).withRetryable(true).withRetryAfter(Duration.ofSeconds(2));
        ThrottledException error = new ThrottledException("Throttled; retry later", context, null);

        assertThat(error.getMessage()).isEqualTo(
                "Throttled; retry later [provider=tencent, code=RequestLimitExceeded, requestId=req-1, http=200]");
        assertThat(error.errorCode()).contains("RequestLimitExceeded");
        assertThat(error.requestId()).contains("req-1");
        assertThat(error.httpStatus()).hasValue(200);
        assertThat(error.isRetryable()).isTrue();
        assertThat(error.retryAfter()).contains(Duration.ofSeconds(2));
    }

    @Test
    void anErrorWithoutResponseHasNoStatus() {
        ProviderUnavailableException error = new ProviderUnavailableException(
                "Connection reset", ErrorContext.of("alibaba").withRetryable(true), true, null);

        assertThat(error.httpStatus()).isEmpty();
        assertThat(error.requestMayHaveBeenProcessed()).isTrue();
        assertThat(error.getMessage()).isEqualTo("Connection reset [provider=alibaba]");
    }
}
