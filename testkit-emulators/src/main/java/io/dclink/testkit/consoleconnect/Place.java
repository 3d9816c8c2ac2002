package io.dclink.testkit.consoleconnect;

import java.util.List;
import java.util.Optional;

/**
 * Where ports are: metros (a city, with the Console Connect region it belongs to) and the
 * data-centre facilities (DCFs) in them. Console Connect has no API regions; {@code regionId} is
 * the commercial region a connection's {@code srcRegionId}/{@code destRegionId} names. The ids
 * are fixed so that tests and documentation can quote them.
 */
final class Place {

    /**
     * A metro.
     *
     * @param id its ObjectId (a connection's {@code destMetroId})
     * @param name e.g. {@code Hong Kong}
     * @param code e.g. {@code HKG}
     * @param regionId the commercial region
     */
    record Metro(String id, String name, String code, String regionId) {
    }

    /**
     * A data-centre facility.
     *
     * @param id its ObjectId (a connection's {@code destDcf})
     * @param name its name
     * @param username its company username (DCFs are companies in Console Connect)
     * @param metroId its metro
     */
    record Dcf(String id, String name, String username, String metroId) {
    }

    static final String ASIA_PACIFIC = "5a80c7be1347a30012dd1c51";
    static final String EUROPE = "5a80c78c1347a30012dd1c53";

    static final Metro HONG_KONG = new Metro("5c0a00000000000000000001", "Hong Kong", "HKG", ASIA_PACIFIC);
    static final Metro SINGAPORE = new Metro("5c0a00000000000000000002", "Singapore", "SIN", ASIA_PACIFIC);
    static final Metro LONDON = new Metro("5c0a00000000000000000003", "London", "LON", EUROPE);
    static final List<Metro> METROS = List.of(HONG_KONG, SINGAPORE, LONDON);

    static final Dcf MEGA_I = new Dcf("5d0b00000000000000000001", "iAdvantage MEGA-i", "iadvantage-mega-i", HONG_KONG.id());
    static final Dcf HK1 = new Dcf("5d0b00000000000000000002", "Equinix HK1", "equinix-hk1", HONG_KONG.id());
    static final Dcf SG1 = new Dcf("5d0b00000000000000000003", "Equinix SG1", "equinix-sg1", SINGAPORE.id());
    static final Dcf TELEHOUSE_NORTH = new Dcf("5d0b00000000000000000004", "Telehouse North", "telehouse-north",
            LONDON.id());
    static final List<Dcf> DCFS = List.of(MEGA_I, HK1, SG1, TELEHOUSE_NORTH);

    private Place() {
    }

    static Optional<Metro> metro(String id) {
        return METROS.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    static Optional<Dcf> dcf(String id) {
        return DCFS.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    static Metro metroOf(Dcf dcf) {
        return metro(dcf.metroId()).orElseThrow();
    }
}
