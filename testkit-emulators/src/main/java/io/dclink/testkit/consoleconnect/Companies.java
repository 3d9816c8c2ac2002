package io.dclink.testkit.consoleconnect;

import io.dclink.testkit.emulator.KeyRing;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The companies every account finds, and one company per account whose API keys the emulator
 * accepts. Destinations: {@code tencent-cloud} (Hong Kong and Singapore; support provisions
 * connections to it by hand), {@code acme-exchange} (a business-to-business destination in Hong
 * Kong and London that accepts or denies connections itself) and {@code globex-routing} (a company
 * without the Layer 2 capability). Each customer company has a 10G and a 1G port in Hong Kong, a
 * 10G port in Singapore still {@code READY} (waiting for its physical link), and a deleted port in
 * London. The test key's company exists from the start; another account's is made the first time
 * its key calls.
 */
final class Companies {

    /** The username of the test key's company. */
    static final String TEST_COMPANY = "dclink-test";
    static final String TENCENT = "tencent-cloud";
    static final String ACME = "acme-exchange";
    static final String GLOBEX = "globex-routing";

    private final CcJson ids;
    private final Ports ports;
    private final Map<String, Company> byUsername = new LinkedHashMap<>();

    Companies(CcJson ids, Ports ports) {
        this.ids = ids;
        this.ports = ports;
        Company tencent = add(new Company("5b0c00000000000000000001", TENCENT, "Tencent Cloud", null, true, true, null));
        // UNVERIFIED: that tencent-cloud lands connections on DCP (cloud-partner) ports
        ports.seed(tencent, "5e0d00000000000000000001", "TENCENT-HKG-MEGA-I-01", Place.MEGA_I, 10_000, "DCP", "ACTIVE", 3_000);
        ports.seed(tencent, "5e0d00000000000000000002", "TENCENT-SIN-SG1-01", Place.SG1, 10_000, "DCP", "ACTIVE", 1_000);
        Company acme = add(new Company("5b0c00000000000000000002", ACME, "Acme Exchange", null, true, false, null));
        ports.seed(acme, "5e0d00000000000000000003", "ACME-HKG-HK1-01", Place.HK1, 10_000, "PHYSICAL", "ACTIVE", 0);
        ports.seed(acme, "5e0d00000000000000000004", "ACME-LON-THN-01", Place.TELEHOUSE_NORTH, 1_000, "PHYSICAL", "ACTIVE", 800);
        add(new Company("5b0c00000000000000000003", GLOBEX, "Globex Routing", null, false, false, null));
        forAccount(KeyRing.TEST_ACCOUNT);
    }

    private Company add(Company company) {
        byUsername.put(company.username(), company);
        return company;
    }

    /** The company an account's keys act for, created (with its ports) the first time the account calls. */
    Company forAccount(String account) {
        for (Company company : byUsername.values()) {
            if (account.equals(company.account())) {
                return company;
            }
        }
        String username = account.equals(KeyRing.TEST_ACCOUNT) ? TEST_COMPANY : "dclink-" + account;
        Company company = add(new Company(ids.newObjectId(), username, "dclink customer " + username, account, true, false,
                ids.newObjectId()));
        ports.seed(company, ids.newObjectId(), "HKG-MEGA-I-10G-01", Place.MEGA_I, 10_000, "PHYSICAL", "ACTIVE", 0);
        ports.seed(company, ids.newObjectId(), "HKG-HK1-1G-01", Place.HK1, 1_000, "PHYSICAL", "ACTIVE", 0);
        ports.seed(company, ids.newObjectId(), "SIN-SG1-10G-01", Place.SG1, 10_000, "PHYSICAL", "READY", 0);
        ports.seed(company, ids.newObjectId(), "LON-THN-1G-OLD", Place.TELEHOUSE_NORTH, 1_000, "PHYSICAL", "DELETED", 0);
        return company;
    }

    Optional<Company> byUsername(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    Optional<Company> byId(String id) {
        return byUsername.values().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The company a path names. */
    Company require(String username) {
        return byUsername(username).orElseThrow(() -> CcError.unknownCompany(username));
    }

    List<Company> all() {
        return List.copyOf(byUsername.values());
    }
}
