package io.dclink.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Keys the SDK takes (1 to 64 printable characters), the same for a step every time and different between steps. */
class StepKeysTest {

    private static final String LONG_WORKFLOW_ID = "fleet-of-the-bank-branches-2026/line-".repeat(4) + "17";

    @Test
    void aKeyIsWithinTheSdksLimitHoweverLongTheWorkflowIdAndStep() {
        String ipv6Route = "route-2400:da00:4001:1a00:8::/80";

        String key = StepKeys.of(LONG_WORKFLOW_ID, ipv6Route);

        assertThat(key).hasSizeLessThanOrEqualTo(64).matches("[!-~]+");
        assertThat(StepKeys.of(LONG_WORKFLOW_ID, ipv6Route)).isEqualTo(key);
        assertThat(StepKeys.of(LONG_WORKFLOW_ID, "route-2400:da00:4001:1a00:9::/80")).isNotEqualTo(key);
    }

    @Test
    void aShortStepStaysReadableAndStepsAndWorkflowsDiffer() {
        assertThat(StepKeys.of("line-1", "line")).endsWith(".line");
        assertThat(StepKeys.of("line-1", "line")).isNotEqualTo(StepKeys.of("line-2", "line"))
                .isNotEqualTo(StepKeys.of("line-1", "gateway"));
    }
}
