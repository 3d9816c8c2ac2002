package io.dclink.provider.alibaba;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasksTest {

    @Test
    void dottedMasksAndPrefixLengthsConvertBothWays() {
        assertThat(Masks.prefixLength("255.255.255.252")).isEqualTo(30);
        assertThat(Masks.prefixLength("255.255.255.0")).isEqualTo(24);
        assertThat(Masks.prefixLength("0.0.0.0")).isZero();
        assertThat(Masks.mask(30)).isEqualTo("255.255.255.252");
        assertThat(Masks.mask(24)).isEqualTo("255.255.255.0");
        assertThat(Masks.mask(0)).isEqualTo("0.0.0.0");
    }

    @Test
    void aNonContiguousOrMalformedMaskHasNoPrefixLength() {
        assertThat(Masks.prefixLength("255.0.255.0")).isEqualTo(-1);
        assertThat(Masks.prefixLength("255.255.255.256")).isEqualTo(-1);
        assertThat(Masks.prefixLength("/30")).isEqualTo(-1);
        assertThat(Masks.prefixLength(null)).isEqualTo(-1);
    }
}
