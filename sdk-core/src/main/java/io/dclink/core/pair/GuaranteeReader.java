package io.dclink.core.pair;

import io.dclink.model.Connection;
import io.dclink.pair.Guarantee;
import io.dclink.pair.PairGuarantees;
import io.dclink.pair.PairPlan;
import io.dclink.pair.PairingRules;
import io.dclink.pair.Resilience;
import java.util.Objects;

/**
 * Which guarantees a pair's lines show:
 *
 * <ul>
 *   <li>different access points: the lines report different access points;</li>
 *   <li>provider link: one line reports the other as its redundancy; where the pair asked for it and
 *       neither shows it, it does not hold; where the provider keeps no such link, it is not reported;</li>
 *   <li>different devices: implied by different access points; promised by a native order made for
 *       one access point with two devices, or by a provider link where the plugin declares that naming a
 *       redundancy separates devices; otherwise not reported (no provider reports a line's device).</li>
 * </ul>
 */
final class GuaranteeReader {

    private GuaranteeReader() {
    }

    static PairGuarantees of(Connection first, Connection second, PairPlan plan, PairingRules rules) {
        if (second == null) {
            return PairGuarantees.NOT_REPORTED;
        }
        Guarantee sites = sites(first, second);
        Guarantee linked = linked(first, second, plan, rules);
        Guarantee devices;
        if (sites == Guarantee.HOLDS) {
            devices = Guarantee.HOLDS;
        } else if (plan.nativeOrder() && plan.resilience() == Resilience.ONE_ACCESS_POINT_TWO_DEVICES
                || !plan.nativeOrder() && rules.redundancySeparatesDevices() && linked == Guarantee.HOLDS) {
            devices = Guarantee.PROMISED;
        } else {
            devices = Guarantee.NOT_REPORTED;
        }
        return new PairGuarantees(sites, devices, linked);
    }

    private static Guarantee sites(Connection first, Connection second) {
        String a = blankToNull(first.accessPointId());
        String b = blankToNull(second.accessPointId());
        if (a == null || b == null) {
            return Guarantee.NOT_REPORTED;
        }
        return a.equals(b) ? Guarantee.DOES_NOT_HOLD : Guarantee.HOLDS;
    }

    private static Guarantee linked(Connection first, Connection second, PairPlan plan, PairingRules rules) {
        if (Objects.equals(blankToNull(second.redundantConnectionId()), first.id())
                || Objects.equals(blankToNull(first.redundantConnectionId()), second.id())) {
            return Guarantee.HOLDS;
        }
        return !plan.nativeOrder() && rules.namesRedundancy() ? Guarantee.DOES_NOT_HOLD : Guarantee.NOT_REPORTED;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
