package io.dclink.kit.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The ids a listing has seen, in a table that grows as a listing streams. */
class IdFingerprintsTest {

    @Test
    void everyNewIdIsAddedAndEveryRepeatIsCaughtAcrossGrowth() {
        IdFingerprints seen = new IdFingerprints();

        assertThat(IntStream.range(0, 200_000).allMatch(i -> seen.add("dc-" + i))).isTrue();
        assertThat(IntStream.range(0, 200_000).filter(i -> i % 997 == 0).noneMatch(i -> seen.add("dc-" + i))).isTrue();
        assertThat(seen.add("dc-200000")).isTrue();
    }

    @Test
    void idsThatDifferOnlyInOrderOrCaseHaveDifferentFingerprints() {
        assertThat(IdFingerprints.fingerprint("dcx-ab12")).isNotEqualTo(IdFingerprints.fingerprint("dcx-ba12"))
                .isNotEqualTo(IdFingerprints.fingerprint("DCX-ab12"));
        assertThat(IdFingerprints.fingerprint("")).isNotZero();
    }
}
