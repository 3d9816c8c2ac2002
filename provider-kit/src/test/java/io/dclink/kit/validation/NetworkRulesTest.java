package io.dclink.kit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.error.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkRulesTest {

    private static List<String> peer(String provider, String customer, int min, int max) {
        Problems problems = new Problems();
        NetworkRules.peerPair(problems, "providerAddress", provider, "customerAddress", customer, min, max);
        return problems.list().stream().map(Problem::toString).toList();
    }

    @Test
    void aValidSlash30PairPasses() {
        assertThat(peer("192.168.1.1/30", "192.168.1.2/30", 30, 30)).isEmpty();
        assertThat(peer("10.0.0.1/24", "10.0.0.200/24", 24, 30)).isEmpty();
        assertThat(peer("2001:db8::1/126", "2001:db8::2/126", 64, 127)).isEmpty();
    }

    @Test
    void everyProblemOfAPairIsReported() {
        assertThat(peer("192.168.1.0/30", "192.168.1.3/30", 30, 30)).containsExactly(
                "providerAddress: 192.168.1.0/30 is the network address of its subnet; use a host address",
                "customerAddress: 192.168.1.3/30 is the broadcast address of its subnet; use a host address");
        assertThat(peer("192.168.1.1/30", "192.168.1.5/30", 30, 30)).containsExactly(
                "providerAddress and customerAddress: must be in the same subnet with the same prefix length, "
                        + "were 192.168.1.1/30 and 192.168.1.5/30");
        assertThat(peer("192.168.1.1/30", "192.168.1.1/30", 30, 30)).containsExactly(
                "providerAddress and customerAddress: must be different addresses, both were 192.168.1.1");
        assertThat(peer("10.0.0.1/31", "10.0.0.0/31", 24, 30)).contains(
                "providerAddress: prefix must be /24 to /30, was /31", "customerAddress: prefix must be /24 to /30, was /31");
        assertThat(peer("10.0.0.1/30", "2001:db8::2/126", 24, 30)).containsExactly(
                "providerAddress and customerAddress: must both be IPv4 or both IPv6");
        assertThat(peer("192.168.1.1", null, 30, 30)).containsExactly(
                "providerAddress: must be an address with a prefix length, such as 192.168.1.1/30, was '192.168.1.1'",
                "customerAddress: is required");
    }

    @Test
    void parsingNeverResolvesHostNames() {
        assertThat(Cidr.parse("cafe/30")).isEmpty();
        assertThat(Cidr.parse("example.com/24")).isEmpty();
        assertThat(Cidr.parse("256.1.1.1/24")).isEmpty();
        assertThat(Cidr.parse("10.0.0.1/33")).isEmpty();
        assertThat(Cidr.parse("10.0.0.1/24/1")).isEmpty();
        assertThat(Cidr.parse("::ffff:10.0.0.1/96")).as("IPv4-mapped is not IPv6 here").isEmpty();
        assertThat(Cidr.parse("10.1.2.3/8")).hasValueSatisfying(c -> assertThat(c.isNetworkAddress()).isFalse());
    }

    @Test
    void overlappingSegmentsAreNamedPairByPair() {
        Problems problems = new Problems();
        NetworkRules.noOverlap(problems, "idcPrefixes", List.of("10.0.0.0/16", "192.168.0.0/24", "bad"),
                "vpcPrefixes", List.of("10.0.128.0/17", "172.16.0.0/12"));

        assertThat(problems.list()).extracting(Problem::toString).containsExactly(
                "idcPrefixes[2]: must be an address with a prefix length, such as 192.168.1.1/30, was 'bad'",
                "idcPrefixes[0]: 10.0.0.0/16 overlaps vpcPrefixes[0] 10.0.128.0/17; the segments must not overlap");
    }

    @Test
    void aRoutedPrefixMustHaveZeroHostBits() {
        Problems problems = new Problems();
        NetworkRules.networkPrefix(problems, "staticPrefixes[0]", "10.1.0.0/16");
        NetworkRules.networkPrefix(problems, "staticPrefixes[1]", "10.1.0.1/16");

        assertThat(problems.list()).extracting(Problem::toString).containsExactly(
                "staticPrefixes[1]: 10.1.0.1/16 is not a network prefix: its host bits must be zero");
    }

    @Test
    void rangesStateWhatIsAllowed() {
        Problems problems = new Problems();
        Ranges.vlan(problems, "vlan", 3001, 0, 3000);
        Ranges.vlan(problems, "vlan2", 3000, 0, 3000);
        Ranges.bandwidth(problems, "bandwidthMbps", 1, 2, 100_000);
        Ranges.within(problems, "asn", 65_535L, NumberRange.ASN_PRIVATE_2_BYTE, NumberRange.ASN_PRIVATE_4_BYTE);
        Ranges.within(problems, "asn2", 4_200_000_000L, NumberRange.ASN_PRIVATE_2_BYTE, NumberRange.ASN_PRIVATE_4_BYTE);
        Ranges.within(problems, "absent", null, NumberRange.ASN_2_BYTE);

        assertThat(problems.list()).extracting(Problem::toString).containsExactly(
                "vlan: must be 0 to 3000, was 3001",
                "bandwidthMbps: must be 2 to 100000, was 1",
                "asn: must be 64512 to 65534 or 4200000000 to 4294967294, was 65535");
    }
}
