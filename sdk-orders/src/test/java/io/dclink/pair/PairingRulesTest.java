package io.dclink.pair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PairingRulesTest {

    @Test
    void aProviderWithoutPairsSaysWhy() {
        PairingRules rules = PairingRules.unsupported("ports are ordered by an administrator");

        assertThat(rules.supported()).isFalse();
        assertThat(rules.unsupportedReason()).contains("ports are ordered by an administrator");
        assertThat(rules.separatelyOrderable(Resilience.TWO_ACCESS_POINTS)).isFalse();
    }

    @Test
    void twoAccessPointsCanAlwaysBeOrderedSeparatelyOneOnlyWhereTheRedundancySeparatesDevices() {
        PairingRules plain = PairingRules.builder().allows(Resilience.TWO_ACCESS_POINTS).build();
        PairingRules separating = PairingRules.builder().allows(Resilience.values()).namesRedundancy()
                .redundancySeparatesDevices().metro(MetroScope.CITY).build();

        assertThat(plain.separatelyOrderable(Resilience.TWO_ACCESS_POINTS)).isTrue();
        assertThat(plain.namesRedundancy()).isFalse();
        assertThat(plain.metro()).isEqualTo(MetroScope.REGION);
        assertThat(separating.separatelyOrderable(Resilience.ONE_ACCESS_POINT_TWO_DEVICES)).isTrue();
        assertThat(separating.nameableStates()).isEmpty();
    }

    @Test
    void inconsistentRulesAreAPluginDefectFoundWhenTheyAreBuilt() {
        assertThatThrownBy(() -> PairingRules.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unsupported(reason)");
        assertThatThrownBy(() -> PairingRules.builder().allows(Resilience.ONE_ACCESS_POINT_TWO_DEVICES).namesRedundancy()
                .build()).hasMessageContaining("neither a native mode nor a redundancy that separates devices");
        assertThatThrownBy(() -> PairingRules.builder().allows(Resilience.TWO_ACCESS_POINTS)
                .nativeOrder(Resilience.ONE_ACCESS_POINT_TWO_DEVICES, "SingleApMultiDevice").build())
                .hasMessageContaining("not allowed");
        assertThat(PairingRules.builder().allows(Resilience.ONE_ACCESS_POINT_TWO_DEVICES)
                .nativeOrder(Resilience.ONE_ACCESS_POINT_TWO_DEVICES, "SingleApMultiDevice").namesRedundancy("Enabled").build()
                .nativeMode(Resilience.ONE_ACCESS_POINT_TWO_DEVICES)).contains("SingleApMultiDevice");
    }

    @Test
    void aPlanHasTheAccessPointsItsResilienceNeeds() {
        assertThatThrownBy(() -> new PairPlan(Resilience.TWO_ACCESS_POINTS, "m", java.util.List.of("a"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PairPlan(Resilience.TWO_ACCESS_POINTS, "m", java.util.List.of("a", "a"), null))
                .isInstanceOf(IllegalArgumentException.class);
        PairPlan one = new PairPlan(Resilience.ONE_ACCESS_POINT_TWO_DEVICES, "m", java.util.List.of("a"), null);
        assertThat(one.secondAccessPointId()).isEqualTo("a");
        assertThat(one.nativeOrder()).isFalse();
    }
}
