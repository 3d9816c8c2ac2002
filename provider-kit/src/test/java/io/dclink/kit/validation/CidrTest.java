package io.dclink.kit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.error.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CIDR parser reads only the canonical written forms and never asks DNS. */
class CidrTest {

    @Test
    void leadingZerosInAnIpv4AddressOrAPrefixLengthAreRefused() {
        // 010 is octal 8 to inet_aton and decimal 10 to others: refuse it rather than guess.
        assertThat(Cidr.parse("010.000.000.001/30")).isEmpty();
        assertThat(Cidr.parse("10.0.0.01/30")).isEmpty();
        assertThat(Cidr.parse("10.00.0.1/30")).isEmpty();
        assertThat(Cidr.parse("10.0.0.1/030")).isEmpty();
        assertThat(Cidr.parse("10.0.0.1/00")).isEmpty();
    }

    @Test
    void canonicalIpv4PrefixesParse() {
        assertThat(Cidr.parse("0.0.0.0/0")).hasValueSatisfying(c -> assertThat(c.prefixLength()).isZero());
        assertThat(Cidr.parse("10.0.0.1/30")).hasValueSatisfying(c -> assertThat(c.toString()).isEqualTo("10.0.0.1/30"));
        assertThat(Cidr.parse("255.255.255.255/32")).isPresent();
        assertThat(Cidr.parse("100.64.0.0/10")).hasValueSatisfying(c -> assertThat(c.isNetworkAddress()).isTrue());
    }

    @Test
    void malformedIpv4IsRefused() {
        for (String text : List.of("10.0.0/24", "10.0.0.0.1/24", "10.0.0.256/24", "1O.0.0.1/24", "10.0.0.1/", "/24",
                "10.0.0.1", " 10.0.0.1/24", "10.0.0.1/24 ", "10.0.0.1/+24", "10.0.0.1/-1", "+10.0.0.1/24",
                "10.0.0.1/24/1", "10.0.0.1/33", "١٠.0.0.1/24")) {
            assertThat(Cidr.parse(text)).as(text).isEmpty();
        }
    }

    @Test
    void ipv6IsParsedWithoutTheResolver() {
        assertThat(Cidr.parse("2001:db8::1/64")).hasValueSatisfying(c -> {
            assertThat(c.isIpv6()).isTrue();
            assertThat(c.toString()).isEqualTo("2001:db8:0:0:0:0:0:1/64");
        });
        assertThat(Cidr.parse("::/0")).isPresent();
        assertThat(Cidr.parse("::1/128")).isPresent();
        assertThat(Cidr.parse("2001:0DB8:0000:0000:0000:0000:0000:0001/126")).isPresent();
        assertThat(Cidr.parse("fe80::/10")).hasValueSatisfying(c -> assertThat(c.isNetworkAddress()).isTrue());
        assertThat(Cidr.parse("64:ff9b::10.0.0.1/96")).as("an embedded IPv4 address").isPresent();
        assertThat(Cidr.parse("2001:db8::1/129")).isEmpty();
    }

    @Test
    void malformedIpv6AndHostNamesAreRefused() {
        for (String text : List.of("2001:db8:::1/64", "2001:db8::1::2/64", "1:2:3:4:5:6:7:8:9/64", "1:2:3:4:5:6:7/64",
                "12345::/16", "2001:db8::g/64", "fe80::1%eth0/64", "[2001:db8::1]/64", ":1/64", "1:/64",
                "::ffff:10.0.0.1/96", "64:ff9b::010.0.0.1/96", "cafe/30", "example.com/24", "localhost/32",
                "a:b/16", "dead:beef/32")) {
            assertThat(Cidr.parse(text)).as(text).isEmpty();
        }
    }

    @Test
    void aPeerPairWithLeadingZerosIsReportedNotResolved() {
        Problems problems = new Problems();
        NetworkRules.peerPair(problems, "providerAddress", "010.000.000.001/30", "customerAddress", "10.0.0.2/30", 24, 30);

        assertThat(problems.list()).extracting(Problem::field).containsExactly("providerAddress");
    }
}
