package io.dclink.core.pair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PairKeysTest {

    @Test
    void aShortKeyGetsASuffixPerLineAndOrder() {
        assertThat(PairKeys.line("idc-pair", 1)).isEqualTo("idc-pair-1");
        assertThat(PairKeys.line("idc-pair", 2)).isEqualTo("idc-pair-2");
        assertThat(PairKeys.nativeOrder("idc-pair")).isEqualTo("idc-pair-order");
    }

    @Test
    void everyDerivedKeyFitsSixtyFourCharactersIsStableAndDiffersPerStep() {
        Random random = new Random(7L);
        for (int i = 0; i < 200; i++) {
            StringBuilder key = new StringBuilder();
            int length = 1 + random.nextInt(64);
            for (int j = 0; j < length; j++) {
                key.append((char) (33 + random.nextInt(94)));
            }
            String one = PairKeys.line(key.toString(), 1);
            assertThat(one).hasSizeLessThanOrEqualTo(64).isEqualTo(PairKeys.line(key.toString(), 1))
                    .isNotEqualTo(PairKeys.line(key.toString(), 2)).isNotEqualTo(PairKeys.nativeOrder(key.toString()));
        }
        assertThat(PairKeys.newPairKey()).startsWith("dclink-pair-").hasSizeLessThanOrEqualTo(64)
                .isNotEqualTo(PairKeys.newPairKey());
    }
}
