package io.dclink.provider.jdcloud;

import io.dclink.pair.MetroScope;
import io.dclink.pair.PairingRules;
import io.dclink.pair.Resilience;

/**
 * Which redundant pairs JD Cloud Direct Connection builds: two lines at two locations of the region,
 * ordered separately. A line takes no redundant line (ConnectionSpec has no such field) and reports no
 * device, so a pair at one location cannot be told to use two devices; JD's guide asks for two /30
 * interconnect pairs, which is the virtual interfaces' business.
 */
final class JdCloudPairing {

    /** UNVERIFIED: the locations of a region serve one city (a location reports no city). */
    static final MetroScope METRO = MetroScope.REGION;

    static final PairingRules RULES = PairingRules.builder()
            .allows(Resilience.TWO_ACCESS_POINTS)
            .metro(METRO)
            .build();

    private JdCloudPairing() {
    }
}
