package io.dclink.provider.jdcloud;

import io.dclink.error.Problem;
import io.dclink.kit.validation.Cidr;
import io.dclink.kit.validation.NetworkRules;
import io.dclink.kit.validation.NumberRange;
import io.dclink.kit.validation.Problems;
import io.dclink.kit.validation.Ranges;
import io.dclink.model.BgpPeering;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.RoutingType;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * What JD Cloud takes in a private VIF (CreatePrivateVifSpec) and a change of one
 * (ModifyPrivateVirtualInterfaceSpec), checked before anything is sent: a VLAN of 1 to 4000, one /30
 * interconnect pair with the customer on its first address and JD Cloud on its second, BGP with a
 * customer ASN of 65001 to 65499 against JD Cloud's 64512. The VLAN, the addresses and the ASN cannot
 * change.
 */
final class VifRules {

    static final int MIN_VLAN = 1;
    static final int MAX_VLAN = 4000;
    static final NumberRange CUSTOMER_ASN = new NumberRange(65_001, 65_499);
    private static final String FIXED = "cannot change on JD Cloud (VLAN, addresses and ASN are fixed): delete the VIF and "
            + "create it again";

    private VifRules() {
    }

    static List<Problem> create(CreateVirtualInterfaceRequest request) {
        Problems problems = new Problems();
        JdCloudLimits.name(problems, "name", request.name());
        JdCloudLimits.description(problems, request.description());
        JdCloudLimits.id(problems, "connectionId", request.connectionId());
        problems.required("gatewayId", request.gatewayId());
        JdCloudLimits.id(problems, "gatewayId", request.gatewayId());
        JdCloudLimits.id(problems, "ownerAccount", request.ownerAccount());
        JdCloudLimits.unsupported(problems, "networkId", request.networkId(),
                "a private VIF reaches VPCs through its border gateway's VPC attachments; give the gateway");
        Ranges.vlan(problems, "vlan", request.vlan(), MIN_VLAN, MAX_VLAN);
        JdCloudLimits.unsupported(problems, "bandwidthMbps", request.bandwidthMbps(),
                "a JD Cloud VIF has no bandwidth of its own: the line's port decides");
        problems.required("providerAddress", request.providerAddress()).required("customerAddress", request.customerAddress());
        interconnect(problems, request.providerAddress(), request.customerAddress());
        problems.check(request.routing() == RoutingType.BGP, "routing", "JD Cloud VIFs route by BGP only");
        bgp(problems, request.bgp());
        JdCloudLimits.unsupported(problems, "staticPrefixes", request.staticPrefixes(), "JD Cloud VIFs route by BGP only");
        JdCloudLimits.unsupported(problems, "tags", request.tags(), "JD Cloud VIFs have no tags");
        return problems.list();
    }

    static List<Problem> update(UpdateVirtualInterfaceRequest request) {
        Problems problems = new Problems();
        if (request.name() != null) {
            JdCloudLimits.name(problems, "name", request.name());
        }
        JdCloudLimits.description(problems, request.description());
        JdCloudLimits.unsupported(problems, "bandwidthMbps", request.bandwidthMbps(), "JD Cloud VIFs have no bandwidth");
        JdCloudLimits.unsupported(problems, "bgp", request.bgp(), FIXED);
        JdCloudLimits.unsupported(problems, "staticPrefixes", request.staticPrefixes(), FIXED);
        return problems.list();
    }

    private static void bgp(Problems problems, BgpPeering bgp) {
        if (bgp == null) {
            problems.add("bgp", "is required: BGP is mandatory on JD Cloud");
            return;
        }
        problems.required("bgp.customerAsn", bgp.customerAsn());
        Ranges.within(problems, "bgp.customerAsn", bgp.customerAsn(), CUSTOMER_ASN);
        problems.check(bgp.providerAsn() == null || bgp.providerAsn() == NetworkMapping.JD_CLOUD_ASN, "bgp.providerAsn",
                "JD Cloud's side is always AS " + NetworkMapping.JD_CLOUD_ASN);
        problems.check(bgp.authKey() == null || bgp.authKey().isEmpty(), "bgp.authKey",
                "JD Cloud's BGP authentication key does not take effect: leave it empty (and off your router)");
    }

    /** One /30 pair: the customer on its first usable address, JD Cloud on its second. */
    private static void interconnect(Problems problems, String jdCloud, String customer) {
        if (jdCloud == null || customer == null) {
            return;
        }
        int before = problems.list().size();
        NetworkRules.peerPair(problems, "providerAddress", jdCloud, "customerAddress", customer, 30, 30);
        Optional<Cidr> jd = Cidr.parse(jdCloud);
        Optional<Cidr> own = Cidr.parse(customer);
        if (problems.list().size() > before || jd.isEmpty() || own.isEmpty()) {
            return;
        }
        problems.check(!jd.get().isIpv6(), "providerAddress", "must be IPv4: JD Cloud VIFs are IPv4 only");
        problems.check(offset(own.get()) == 1 && offset(jd.get()) == 2, "customerAddress",
                "the customer takes the first address of the /30 and JD Cloud the second, e.g. customer 192.168.1.1/30 "
                        + "and JD Cloud 192.168.1.2/30");
    }

    /** An address's place in its subnet: 0 for the network address. */
    private static int offset(Cidr cidr) {
        BigInteger address = new BigInteger(1, cidr.address().getAddress());
        int hostBits = cidr.address().getAddress().length * 8 - cidr.prefixLength();
        return address.mod(BigInteger.ONE.shiftLeft(hostBits)).intValue();
    }
}
