package io.dclink.core.pair;

import static io.dclink.core.pair.Lines.line;
import static io.dclink.lifecycle.ConnectionState.PROVISIONING;
import static io.dclink.lifecycle.RequiredAction.WAIT_FOR_PROVIDER;
import static io.dclink.pair.Guarantee.DOES_NOT_HOLD;
import static io.dclink.pair.Guarantee.HOLDS;
import static io.dclink.pair.Guarantee.NOT_REPORTED;
import static io.dclink.pair.Guarantee.PROMISED;
import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.model.Connection;
import io.dclink.pair.PairGuarantees;
import io.dclink.pair.PairPlan;
import io.dclink.pair.PairingRules;
import io.dclink.pair.Resilience;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuaranteeReaderTest {

    private static final PairingRules NAMING = PairingRules.builder().allows(Resilience.values()).namesRedundancy()
            .redundancySeparatesDevices().build();
    private static final PairingRules SILENT = PairingRules.builder().allows(Resilience.TWO_ACCESS_POINTS).build();
    private static final PairPlan TWO_SITES = new PairPlan(Resilience.TWO_ACCESS_POINTS, "m", List.of("ap-1", "ap-2"), null);
    private static final PairPlan ONE_SITE = new PairPlan(Resilience.ONE_ACCESS_POINT_TWO_DEVICES, "m", List.of("ap-1"), null);
    private static final PairPlan ONE_SITE_NATIVE = new PairPlan(Resilience.ONE_ACCESS_POINT_TWO_DEVICES, "m",
            List.of("ap-1"), "SingleApMultiDevice");

    private static Connection at(String id, String accessPoint, String redundantWith) {
        return line(id, PROVISIONING, WAIT_FOR_PROVIDER, "x", accessPoint, redundantWith);
    }

    @Test
    void differentAccessPointsShowBothSitesAndDevices() {
        assertThat(GuaranteeReader.of(at("a", "ap-1", null), at("b", "ap-2", "a"), TWO_SITES, NAMING))
                .isEqualTo(new PairGuarantees(HOLDS, HOLDS, HOLDS));
        assertThat(GuaranteeReader.of(at("a", "ap-1", null), at("b", "ap-2", ""), TWO_SITES, SILENT))
                .isEqualTo(new PairGuarantees(HOLDS, HOLDS, NOT_REPORTED));
    }

    @Test
    void atOneAccessPointDevicesAreOnlyPromisedByTheProvidersOrderOrItsRedundancyLink() {
        assertThat(GuaranteeReader.of(at("a", "ap-1", null), at("b", "ap-1", "a"), ONE_SITE, NAMING))
                .isEqualTo(new PairGuarantees(DOES_NOT_HOLD, PROMISED, HOLDS));
        assertThat(GuaranteeReader.of(at("a", "ap-1", null), at("b", "ap-1", null), ONE_SITE, NAMING))
                .isEqualTo(new PairGuarantees(DOES_NOT_HOLD, NOT_REPORTED, DOES_NOT_HOLD));
        assertThat(GuaranteeReader.of(at("a", "ap-1", null), at("b", "ap-1", null), ONE_SITE_NATIVE, NAMING))
                .isEqualTo(new PairGuarantees(DOES_NOT_HOLD, PROMISED, NOT_REPORTED));
    }

    @Test
    void linesThatDoNotSayWhereTheyLandReportNothing() {
        assertThat(GuaranteeReader.of(at("a", null, null), at("b", "ap-2", null), TWO_SITES, SILENT))
                .isEqualTo(new PairGuarantees(NOT_REPORTED, NOT_REPORTED, NOT_REPORTED));
        assertThat(GuaranteeReader.of(at("a", "ap-1", null), null, TWO_SITES, NAMING)).isEqualTo(PairGuarantees.NOT_REPORTED);
    }
}
