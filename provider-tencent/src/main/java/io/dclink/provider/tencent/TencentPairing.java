package io.dclink.provider.tencent;

import io.dclink.pair.MetroScope;
import io.dclink.pair.PairingRules;
import io.dclink.pair.Resilience;

/**
 * Which redundant pairs Tencent Cloud Direct Connect builds. A line names its pair with
 * {@code RedundantDirectConnectId} ("ID of the paired (redundant) line"); the reference sets no state
 * the named line must be in, so the second line is ordered as soon as the first exists. Access points
 * report their {@code City}, which is what counts as one city.
 */
final class TencentPairing {

    static final PairingRules RULES = PairingRules.builder()
            .allows(Resilience.TWO_ACCESS_POINTS, Resilience.ONE_ACCESS_POINT_TWO_DEVICES)
            .namesRedundancy()
            // UNVERIFIED: naming the redundant line keeps the lines off one device (the guide says so, the reference not)
            .redundancySeparatesDevices()
            .metro(MetroScope.CITY)
            .build();

    private TencentPairing() {
    }
}
