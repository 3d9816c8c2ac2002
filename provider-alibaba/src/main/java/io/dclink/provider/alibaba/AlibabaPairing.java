package io.dclink.provider.alibaba;

import io.dclink.pair.MetroScope;
import io.dclink.pair.PairingRules;
import io.dclink.pair.Resilience;

/**
 * Which redundant pairs Express Connect builds. A line names its redundancy with
 * {@code RedundantPhysicalConnectionId}, which must be {@code Allocated}, {@code Confirmed} or
 * {@code Enabled} (the documented rule), so a second line ordered separately waits for its first
 * one's allocation. The high-reliability order places both lines at once: {@code MultiApSingleDevice}
 * for two access points, {@code SingleApMultiDevice} for two devices at one access point; naming a
 * redundancy is not documented to separate devices, so the latter is only ordered natively.
 */
final class AlibabaPairing {

    /** UNVERIFIED: the access points of a region serve one city (an access point reports no city). */
    static final MetroScope METRO = MetroScope.REGION;

    static final PairingRules RULES = PairingRules.builder()
            .allows(Resilience.TWO_ACCESS_POINTS, Resilience.ONE_ACCESS_POINT_TWO_DEVICES)
            .namesRedundancy(AlibabaConnections.REDUNDANCY_STATUSES.toArray(String[]::new))
            .nativeOrder(Resilience.TWO_ACCESS_POINTS, "MultiApSingleDevice")
            .nativeOrder(Resilience.ONE_ACCESS_POINT_TWO_DEVICES, "SingleApMultiDevice")
            .metro(METRO)
            .build();

    private AlibabaPairing() {
    }
}
