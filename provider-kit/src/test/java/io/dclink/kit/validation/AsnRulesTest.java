package io.dclink.kit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.error.Problem;
import org.junit.jupiter.api.Test;

/** A peer's ASN: the usable 2- and 4-byte range, without the reserved numbers. */
class AsnRulesTest {

    private static boolean refused(Long asn) {
        Problems problems = new Problems();
        Ranges.asn(problems, "bgp.customerAsn", asn);
        return !problems.isEmpty();
    }

    @Test
    void usableAsnsPass() {
        assertThat(refused(1L)).isFalse();
        assertThat(refused(65_534L)).isFalse();
        assertThat(refused(65_536L)).isFalse();
        assertThat(refused(4_294_967_294L)).isFalse();
        assertThat(refused(null)).isFalse();
    }

    @Test
    void reservedAsnsAreRefused() {
        assertThat(refused(0L)).isTrue();
        assertThat(refused(23_456L)).as("AS_TRANS").isTrue();
        assertThat(refused(65_535L)).isTrue();
        assertThat(refused(4_294_967_295L)).isTrue();
        assertThat(refused(4_294_967_296L)).isTrue();
        assertThat(refused(-1L)).isTrue();
    }

    @Test
    void theProblemSaysWhatIsAllowed() {
        Problems problems = new Problems();
        Ranges.asn(problems, "bgp.customerAsn", 4_294_967_295L);

        assertThat(problems.list()).extracting(Problem::toString).containsExactly("bgp.customerAsn: must be an autonomous "
                + "system number from 1 to 4294967294 other than the reserved 23456 and 65535, was 4294967295");
    }
}
