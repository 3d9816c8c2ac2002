package io.dclink.testkit.alibaba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.testkit.emulator.StoredJson;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Virtual border routers, their BGP groups, peers and networks, and the custom entries of their
 * route tables. Steps that take the service seconds (route entries, BGP objects, terminating and
 * recovering a VBR) are shown in their transitional status once and are done when next read.
 */
final class Vbrs {

    private static final Set<String> FILTER_KEYS = Set.of("PhysicalConnectionId", "VbrId", "Status", "Name",
            "AccessPointId", "eccId", "type");
    private static final Set<Long> BANDWIDTHS = Set.of(50L, 100L, 200L, 300L, 400L, 500L, 1000L, 2048L, 5120L, 8192L,
            10_240L, 20_480L, 40_960L, 50_120L, 61_440L, 102_400L);
    private static final String GONE = "(gone)";

    private final AlibabaCloud cloud;
    final Map<String, ObjectNode> vbrs = new LinkedHashMap<>();
    final Map<String, ObjectNode> groups = new LinkedHashMap<>();
    final Map<String, ObjectNode> peers = new LinkedHashMap<>();
    final Map<String, ObjectNode> networks = new LinkedHashMap<>();
    final Map<String, ObjectNode> entries = new LinkedHashMap<>();

    Vbrs(AlibabaCloud cloud) {
        this.cloud = cloud;
    }

    boolean onLine(String lineId) {
        return vbrs.values().stream().anyMatch(vbr -> vbr.get("PhysicalConnectionId").asText().equals(lineId));
    }

    // ---- VBRs ----------------------------------------------------------------------------------------

    ObjectNode create(Rpc p) {
        if (p.get("PhysicalConnectionId") == null || p.get("VlanId") == null) {
            throw AliError.badRequest("MissingParameter", "PhysicalConnectionId and VlanId are required.");
        }
        ObjectNode line = cloud.lines().line(p.get("PhysicalConnectionId"), p.account);
        if (!line.get("Status").asText().equals("Enabled")) {
            throw AliError.badRequest("InvalidPhysicalConnectionId.NotEnabled", "The physical connection is not enabled.");
        }
        long vlan = p.number("VlanId", -1, "InvalidVlanId.Malformed");
        if (vlan < 0 || vlan > 2999) {
            throw AliError.badRequest("InvalidVlanId.Malformed", "VlanId is 0 to 2999.");
        }
        String lineId = line.get("PhysicalConnectionId").asText();
        if (vbrs.values().stream().anyMatch(vbr -> vbr.get("PhysicalConnectionId").asText().equals(lineId)
                && vbr.get("VlanId").asLong() == vlan)) {
            throw AliError.badRequest("InvalidVlanId.Used", "The VLAN " + vlan + " is used on this physical connection.");
        }
        String local = p.get("LocalGatewayIp");
        String peer = p.get("PeerGatewayIp");
        String mask = p.get("PeeringSubnetMask");
        if (local == null || peer == null || mask == null) {
            throw AliError.badRequest("MissingParameter", "LocalGatewayIp, PeerGatewayIp and PeeringSubnetMask are required.");
        }
        checkAddressing(local, peer, mask);
        Long bandwidth = p.get("Bandwidth") == null ? null : p.number("Bandwidth", 0, "InvalidBandwidth");
        if (bandwidth != null && !BANDWIDTHS.contains(bandwidth)) {
            throw AliError.badRequest("InvalidBandwidth", "The Bandwidth is not one of the offered values.");
        }
        String owner = p.get("VbrOwnerId") == null ? p.account : p.get("VbrOwnerId");
        String id = cloud.newId("vbr-", 21);
        ObjectNode vbr = Rpc.JSON.createObjectNode()
                .put("VbrId", id).put("Name", p.get("Name") == null ? "" : p.get("Name"))
                .put("Description", p.get("Description") == null ? "" : p.get("Description"))
                .put("Type", "pconnVBR").put("Status", owner.equals(p.account) ? "active" : "unconfirmed")
                .put("CreationTime", Rpc.UTC_NO_ZONE.format(cloud.now()))
                .put("PhysicalConnectionId", lineId).put("PhysicalConnectionOwnerUid", p.account)
                .put("PhysicalConnectionStatus", line.get("Status").asText())
                .put("PhysicalConnectionBusinessStatus", line.get("BusinessStatus").asText())
                .put("AccessPointId", line.get("AccessPointId").asText()).put("CircuitCode", line.get("CircuitCode").asText())
                .put("VlanId", vlan).put("VlanInterfaceId", cloud.newId("ri-", 20))
                .put("LocalGatewayIp", local).put("PeerGatewayIp", peer).put("PeeringSubnetMask", mask)
                .put("EnableIpv6", false).put("RouteTableId", cloud.newId("vtb-", 21))
                .put("_account", p.account).put("_owner", owner);
        if (bandwidth != null) {
            vbr.put("Bandwidth", bandwidth);
        }
        Lines.tags(vbr, p, "Tags");
        vbrs.put(id, vbr);
        return Rpc.JSON.createObjectNode().put("VbrId", id);
    }

    private static void checkAddressing(String local, String peer, String mask) {
        int prefix = prefixLength(mask);
        if (prefix < 24 || prefix > 30) {
            throw AliError.badRequest("InvalidPeeringSubnetMask.Malformed", "PeeringSubnetMask is 255.255.255.0 to "
                    + "255.255.255.252.");
        }
        long localBits = ipv4(local, "InvalidLocalGatewayIp.Malformed");
        long peerBits = ipv4(peer, "InvalidPeerGatewayIp.Malformed");
        long maskBits = 0xFFFFFFFFL << (32 - prefix) & 0xFFFFFFFFL;
        if ((localBits & maskBits) != (peerBits & maskBits) || localBits == peerBits) {
            throw AliError.badRequest("InvalidIp.NotSameSubnet", "LocalGatewayIp and PeerGatewayIp must be different "
                    + "addresses of one subnet.");
        }
    }

    ObjectNode describe(Rpc p) {
        Map<String, List<String>> filters = p.filters(FILTER_KEYS);
        boolean crossAccount = p.flag("IncludeCrossAccountVbr");
        List<ObjectNode> matching = new ArrayList<>();
        for (ObjectNode vbr : new ArrayList<>(vbrs.values())) {
            if (!settle(vbr)) {
                vbrs.remove(vbr.get("VbrId").asText());
                continue;
            }
            boolean visible = vbr.get("_owner").asText().equals(p.account)
                    || crossAccount && vbr.get("_account").asText().equals(p.account);
            if (visible && Rpc.matches(filters, "PhysicalConnectionId", vbr.get("PhysicalConnectionId").asText())
                    && Rpc.matches(filters, "VbrId", vbr.get("VbrId").asText())
                    && Rpc.matches(filters, "Status", vbr.get("Status").asText())
                    && Rpc.matches(filters, "Name", vbr.get("Name").asText())
                    && Rpc.matches(filters, "AccessPointId", vbr.get("AccessPointId").asText())) {
                matching.add(vbr);
            }
        }
        return p.page(matching, "VirtualBorderRouterSet", "VirtualBorderRouterType", vbr -> {
            ObjectNode view = StoredJson.visible(vbr);
            view.putObject("Tags").set("Tags", vbr.path("_tags").deepCopy());
            return view;
        });
    }

    ObjectNode modify(Rpc p) {
        ObjectNode vbr = vbr(p.required("VbrId"), p.account);
        if (!vbr.get("Status").asText().equals("active")) {
            throw AliError.badRequest("InvalidStatus.NotAllowed", "The VBR is " + vbr.get("Status").asText() + ".");
        }
        if (p.get("Bandwidth") != null) {
            long bandwidth = p.number("Bandwidth", 0, "InvalidBandwidth");
            if (!BANDWIDTHS.contains(bandwidth)) {
                throw AliError.badRequest("InvalidBandwidth", "The Bandwidth is not one of the offered values.");
            }
            vbr.put("Bandwidth", bandwidth);
        }
        String local = p.get("LocalGatewayIp") == null ? vbr.get("LocalGatewayIp").asText() : p.get("LocalGatewayIp");
        String peer = p.get("PeerGatewayIp") == null ? vbr.get("PeerGatewayIp").asText() : p.get("PeerGatewayIp");
        String mask = p.get("PeeringSubnetMask") == null ? vbr.get("PeeringSubnetMask").asText() : p.get("PeeringSubnetMask");
        checkAddressing(local, peer, mask);
        vbr.put("LocalGatewayIp", local).put("PeerGatewayIp", peer).put("PeeringSubnetMask", mask);
        for (String field : List.of("Name", "Description", "CircuitCode")) {
            if (p.get(field) != null) {
                vbr.put(field, p.get(field));
            }
        }
        return Rpc.JSON.createObjectNode();
    }

    ObjectNode delete(Rpc p) {
        ObjectNode vbr = vbr(p.required("VbrId"), p.account);
        if (!List.of("unconfirmed", "active", "terminated").contains(vbr.get("Status").asText())) {
            throw AliError.badRequest("InvalidStatus.NotAllowed", "The VBR is " + vbr.get("Status").asText() + ".");
        }
        String id = vbr.get("VbrId").asText();
        if (groups.values().stream().anyMatch(group -> group.get("RouterId").asText().equals(id))) {
            throw AliError.badRequest("DependencyViolation.BgpGroup", "The VBR still has BGP groups.");
        }
        vbrs.remove(id);
        entries.values().removeIf(entry -> entry.get("RouteTableId").asText().equals(vbr.get("RouteTableId").asText()));
        networks.values().removeIf(network -> network.get("RouterId").asText().equals(id));
        return Rpc.JSON.createObjectNode();
    }

    ObjectNode terminate(Rpc p) {
        ObjectNode vbr = vbr(p.required("VbrId"), p.account);
        lineOwnerOnly(vbr, p);
        if (!vbr.get("Status").asText().equals("active")) {
            throw AliError.badRequest("InvalidStatus.NotAllowed", "Only an active VBR can be terminated.");
        }
        vbr.put("Status", "terminating").put("_next", "terminated").put("TerminationTime", Rpc.UTC_NO_ZONE.format(cloud.now()));
        return Rpc.JSON.createObjectNode();
    }

    ObjectNode recover(Rpc p) {
        ObjectNode vbr = vbr(p.required("VbrId"), p.account);
        lineOwnerOnly(vbr, p);
        if (!vbr.get("Status").asText().equals("terminated")) {
            throw AliError.badRequest("InvalidStatus.NotAllowed", "Only a terminated VBR can be recovered.");
        }
        if (!cloud.lines().stored(vbr.get("PhysicalConnectionId").asText()).get("Status").asText().equals("Enabled")) {
            throw AliError.badRequest("InvalidPhysicalConnectionId.NotEnabled", "The physical connection is not enabled.");
        }
        vbr.put("Status", "recovering").put("_next", "active").put("RecoveryTime", Rpc.UTC_NO_ZONE.format(cloud.now()));
        return Rpc.JSON.createObjectNode();
    }

    private static void lineOwnerOnly(ObjectNode vbr, Rpc p) {
        if (!vbr.get("_account").asText().equals(p.account)) {
            throw new AliError(403, "Forbidden.OperationNotAllowedByUser", "Only the physical connection's owner may do this.");
        }
    }

    // ---- BGP -----------------------------------------------------------------------------------------

    ObjectNode createGroup(Rpc p) {
        ObjectNode vbr = vbr(p.required("RouterId"), p.account);
        p.required("PeerAsn");
        long peerAsn = p.number("PeerAsn", -1, "IllegalParam.PeerAsn");
        if (peerAsn < 1 || peerAsn > 4_294_967_295L) {
            throw AliError.badRequest("IllegalParam.PeerAsn", "PeerAsn is a 2- or 4-byte ASN.");
        }
        long localAsn = p.number("LocalAsn", 45_104, "IllegalParam.LocalAsn");
        boolean privateAsn = localAsn >= 64_512 && localAsn <= 65_534 && localAsn != 65_025
                || localAsn >= 4_200_000_000L && localAsn <= 4_294_967_294L;
        if (localAsn != 45_104 && !privateAsn) {
            throw AliError.badRequest("IllegalParam.LocalAsn", "LocalAsn is 45104, 64512-65534 or 4200000000-4294967294.");
        }
        String vbrId = vbr.get("VbrId").asText();
        if (groups.values().stream().filter(group -> group.get("RouterId").asText().equals(vbrId)).count() >= 8) {
            throw AliError.badRequest("QuotaExceeded.Bgp", "A VBR has at most 8 BGP groups.");
        }
        String id = cloud.newId("bgpg-", 20);
        ObjectNode group = Rpc.JSON.createObjectNode().put("BgpGroupId", id).put("RouterId", vbrId)
                .put("PeerAsn", peerAsn).put("LocalAsn", localAsn).put("AuthKey", p.get("AuthKey") == null ? "" : p.get("AuthKey"))
                .put("Name", p.get("Name") == null ? "" : p.get("Name")).put("IpVersion", "IPv4")
                .put("RouteLimit", p.number("RouteQuota", 110, "IllegalParam.RouteLimit")).put("IsFake", p.flag("IsFakeAsn"))
                .put("RegionId", cloud.region()).put("Status", "Pending").put("_next", "Available");
        groups.put(id, group);
        return Rpc.JSON.createObjectNode().put("BgpGroupId", id);
    }

    ObjectNode describeGroups(Rpc p) {
        return p.page(settled(groups, group -> belongs(group.get("RouterId").asText(), p)
                && matches(p, "RouterId", group) && matches(p, "BgpGroupId", group)), "BgpGroups", "BgpGroup",
                StoredJson::visible);
    }

    ObjectNode modifyGroup(Rpc p) {
        ObjectNode group = owned(groups, p.required("BgpGroupId"), p, "InvalidBgpGroupId.NotFound");
        if (p.get("PeerAsn") != null) {
            group.put("PeerAsn", p.number("PeerAsn", 0, "IllegalParam.PeerAsn"));
        }
        if (p.get("AuthKey") != null) {
            group.put("AuthKey", p.get("AuthKey"));
        }
        if (p.flag("ClearAuthKey")) {
            group.put("AuthKey", "");
        }
        if (p.get("Name") != null) {
            group.put("Name", p.get("Name"));
        }
        return Rpc.JSON.createObjectNode();
    }

    ObjectNode deleteGroup(Rpc p) {
        ObjectNode group = owned(groups, p.required("BgpGroupId"), p, "InvalidBgpGroupId.NotFound");
        String id = group.get("BgpGroupId").asText();
        if (peers.values().stream().anyMatch(peer -> peer.get("BgpGroupId").asText().equals(id))) {
            throw AliError.badRequest("DependencyViolation.BgpPeer", "The BGP group still has peers.");
        }
        group.put("Status", "Deleting").put("_next", GONE).remove("_seen");
        return Rpc.JSON.createObjectNode();
    }

    ObjectNode createPeer(Rpc p) {
        ObjectNode group = owned(groups, p.required("BgpGroupId"), p, "InvalidBgpGroupId.NotFound");
        ObjectNode vbr = vbrs.get(group.get("RouterId").asText());
        String address = p.get("PeerIpAddress") == null ? vbr.get("PeerGatewayIp").asText() : p.get("PeerIpAddress");
        if (peers.values().stream().anyMatch(peer -> peer.get("BgpGroupId").asText().equals(group.get("BgpGroupId").asText())
                && peer.get("PeerIpAddress").asText().equals(address))) {
            throw AliError.badRequest("BgpPeer.Already.Exists", "The BGP peer already exists.");
        }
        String id = cloud.newId("bgp-", 20);
        peers.put(id, Rpc.JSON.createObjectNode().put("BgpPeerId", id).put("BgpGroupId", group.get("BgpGroupId").asText())
                .put("RouterId", vbr.get("VbrId").asText()).put("PeerIpAddress", address)
                .put("PeerAsn", group.get("PeerAsn").asLong()).put("LocalAsn", group.get("LocalAsn").asLong())
                .put("BgpStatus", "Active").put("EnableBfd", p.flag("EnableBfd")).put("IpVersion", "IPv4")
                .put("Status", "Pending").put("_next", "Available"));
        return Rpc.JSON.createObjectNode().put("BgpPeerId", id);
    }

    ObjectNode describePeers(Rpc p) {
        return p.page(settled(peers, peer -> belongs(peer.get("RouterId").asText(), p) && matches(p, "RouterId", peer)
                && matches(p, "BgpGroupId", peer) && matches(p, "BgpPeerId", peer)), "BgpPeers", "BgpPeer",
                StoredJson::visible);
    }

    ObjectNode deletePeer(Rpc p) {
        ObjectNode peer = owned(peers, p.required("BgpPeerId"), p, "InvalidBgpPeerId.NotFound");
        peer.put("Status", "Deleting").put("_next", GONE).remove("_seen");
        return Rpc.JSON.createObjectNode();
    }

    ObjectNode addNetwork(Rpc p) {
        ObjectNode vbr = vbr(p.required("RouterId"), p.account);
        String cidr = p.required("DstCidrBlock");
        if (!isPrefix(cidr)) {
            throw AliError.badRequest("IllegalParamFormat.DstCidrBlock", "DstCidrBlock is not a CIDR block.");
        }
        String key = vbr.get("VbrId").asText() + "|" + cidr;
        if (networks.containsKey(key)) {
            throw AliError.badRequest("Duplicated.CidrBlock", "The CIDR block is already announced.");
        }
        networks.put(key, Rpc.JSON.createObjectNode().put("RouterId", vbr.get("VbrId").asText()).put("DstCidrBlock", cidr)
                .put("VpcId", p.get("VpcId") == null ? "" : p.get("VpcId")).put("RegionId", cloud.region())
                .put("Status", "Pending").put("_next", "Available"));
        return Rpc.JSON.createObjectNode();
    }

    ObjectNode describeNetworks(Rpc p) {
        return p.page(settled(networks, network -> belongs(network.get("RouterId").asText(), p)
                && matches(p, "RouterId", network)), "BgpNetworks", "BgpNetwork", StoredJson::visible);
    }

    ObjectNode deleteNetwork(Rpc p) {
        vbr(p.required("RouterId"), p.account);
        ObjectNode network = networks.get(p.required("RouterId") + "|" + p.required("DstCidrBlock"));
        if (network == null) {
            throw AliError.notFound("InvalidBgpNetwork.NotFound", "The BGP network does not exist.");
        }
        network.put("Status", "Deleting").put("_next", GONE).remove("_seen");
        return Rpc.JSON.createObjectNode();
    }

    // ---- route entries -------------------------------------------------------------------------------

    ObjectNode createEntry(Rpc p) {
        ObjectNode vbr = table(p.required("RouteTableId"), p);
        String table = vbr.get("RouteTableId").asText();
        String destination = p.required("DestinationCidrBlock");
        if (!isPrefix(destination) || inSharedAddressSpace(destination)) {
            throw AliError.badRequest("InvalidDestCidrBlock.Malformed", "The destination is not a valid CIDR block outside "
                    + "100.64.0.0/10.");
        }
        String nextHop = p.get("NextHopId");
        if (!"RouterInterface".equals(p.get("NextHopType")) || !vbr.get("VlanInterfaceId").asText().equals(nextHop)) {
            throw AliError.badRequest("InvalidNextHop.NotFound", "A VBR route's next hop is the VBR's router interface.");
        }
        List<ObjectNode> inTable = entries.values().stream().filter(entry -> entry.get("RouteTableId").asText().equals(table))
                .toList();
        if (inTable.stream().anyMatch(entry -> !entry.get("Status").asText().equals("Available"))) {
            throw AliError.badRequest("TaskConflict", "Another route entry task of this route table is in progress.");
        }
        if (inTable.stream().anyMatch(entry -> entry.get("DestinationCidrBlock").asText().equals(destination))) {
            throw AliError.badRequest("RouterEntryConflict.Duplicated", "A route entry for this destination exists.");
        }
        if (inTable.size() >= 200) {
            throw AliError.badRequest("QuotaExceeded.RouteEntry", "A route table has at most 200 custom entries.");
        }
        String id = cloud.newId("rte-", 21);
        ObjectNode entry = Rpc.JSON.createObjectNode().put("RouteEntryId", id).put("RouteTableId", table)
                .put("DestinationCidrBlock", destination).put("Type", "Custom").put("Origin", "CustomCreate")
                .put("IpVersion", "IPv4").put("RouteEntryName", p.get("RouteEntryName") == null ? "" : p.get("RouteEntryName"))
                .put("Description", p.get("Description") == null ? "" : p.get("Description"))
                .put("GmtModified", Rpc.time(cloud.now())).put("Status", "Pending").put("_next", "Available");
        entry.putObject("NextHops").putArray("NextHop").addObject().put("NextHopId", nextHop)
                .put("NextHopType", "RouterInterface").put("Weight", 100).put("Enabled", 1);
        entries.put(id, entry);
        return Rpc.JSON.createObjectNode().put("RouteEntryId", id);
    }

    /** NextToken paging, MaxResult 1 to 100 (default 10). */
    ObjectNode describeEntries(Rpc p) {
        ObjectNode vbr = table(p.required("RouteTableId"), p);
        String table = vbr.get("RouteTableId").asText();
        long max = p.number("MaxResult", 10, "IllegalParam.MaxResult");
        if (max < 1 || max > 100) {
            throw AliError.badRequest("IllegalParam.MaxResult", "MaxResult is 1 to 100.");
        }
        List<ObjectNode> matching = settled(entries, entry -> entry.get("RouteTableId").asText().equals(table)
                && (p.get("RouteEntryId") == null || entry.get("RouteEntryId").asText().equals(p.get("RouteEntryId")))
                && (p.get("RouteEntryType") == null || entry.get("Type").asText().equals(p.get("RouteEntryType")))
                && (p.get("DestinationCidrBlock") == null
                        || entry.get("DestinationCidrBlock").asText().equals(p.get("DestinationCidrBlock"))));
        int start = p.get("NextToken") == null ? 0 : (int) p.number("NextToken", 0, "IllegalParam.NextToken");
        ObjectNode result = Rpc.JSON.createObjectNode();
        ArrayNode items = result.putObject("RouteEntrys").putArray("RouteEntry");
        matching.stream().skip(start).limit(max).forEach(entry -> items.add(StoredJson.visible(entry)));
        result.put("NextToken", start + max < matching.size() ? Long.toString(start + max) : "");
        result.put("TotalCount", matching.size());
        return result;
    }

    /** By RouteEntryId, or by RouteTableId, DestinationCidrBlock and NextHopId. */
    ObjectNode deleteEntry(Rpc p) {
        ObjectNode entry = p.get("RouteEntryId") != null ? entries.get(p.get("RouteEntryId"))
                : entries.values().stream().filter(e -> e.get("RouteTableId").asText().equals(p.required("RouteTableId"))
                        && e.get("DestinationCidrBlock").asText().equals(p.required("DestinationCidrBlock"))
                        && e.path("NextHops").path("NextHop").path(0).path("NextHopId").asText()
                                .equals(p.required("NextHopId"))).findFirst().orElse(null);
        if (entry == null || vbrs.values().stream().noneMatch(vbr -> vbr.get("RouteTableId").asText()
                .equals(entry.get("RouteTableId").asText()) && visibleTo(vbr, p))) {
            throw AliError.notFound("InvalidRouteEntry.NotFound", "The route entry does not exist.");
        }
        if (!entry.get("Status").asText().equals("Available")) {
            throw AliError.badRequest("IncorrectRouteEntryStatus", "Only an available route entry can be deleted.");
        }
        entry.put("Status", "Deleting").put("_next", GONE).remove("_seen");
        return Rpc.JSON.createObjectNode();
    }

    // ---- the provider's steps ------------------------------------------------------------------------

    synchronized void advance(String id) {
        ObjectNode vbr = vbrs.get(id);
        if (vbr != null) {
            if (vbr.get("Status").asText().equals("unconfirmed")) {
                vbr.put("Status", "active");
            } else if (vbr.has("_next")) {
                vbr.put("_seen", true);
                settle(vbr);
            }
        }
    }

    /** Finishes a pending or deleting route entry or BGP network. */
    synchronized void advanceRoute(String id) {
        for (Map<String, ObjectNode> store : List.of(entries, networks)) {
            for (Iterator<ObjectNode> it = store.values().iterator(); it.hasNext();) {
                ObjectNode route = it.next();
                boolean named = route.path("RouteEntryId").asText().equals(id)
                        || (route.path("RouterId").asText() + ":" + route.path("DstCidrBlock").asText()).equals(id);
                if (named && route.has("_next")) {
                    route.put("_seen", true);
                    if (!settle(route)) {
                        it.remove();
                    }
                }
            }
        }
    }

    synchronized void sessions(String vbrId, String bgpStatus) {
        stored(vbrId);
        peers.values().stream().filter(peer -> peer.get("RouterId").asText().equals(vbrId))
                .forEach(peer -> peer.put("BgpStatus", bgpStatus));
    }

    ObjectNode stored(String id) {
        ObjectNode vbr = vbrs.get(id);
        if (vbr == null) {
            throw new IllegalArgumentException("no VBR " + id);
        }
        return vbr;
    }

    ObjectNode storedRoute(String id) {
        ObjectNode entry = entries.get(id);
        if (entry != null) {
            return entry;
        }
        return networks.values().stream().filter(network -> (network.get("RouterId").asText() + ":"
                + network.get("DstCidrBlock").asText()).equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no route " + id));
    }

    // ---- shared --------------------------------------------------------------------------------------

    /**
     * Moves a transitional resource on if it has been read in its transitional status before.
     *
     * @return false when it is gone
     */
    private static boolean settle(ObjectNode resource) {
        if (!resource.has("_next")) {
            return true;
        }
        if (!resource.path("_seen").asBoolean()) {
            resource.put("_seen", true);
            return true;
        }
        String next = resource.get("_next").asText();
        resource.remove(List.of("_next", "_seen"));
        if (next.equals(GONE)) {
            return false;
        }
        resource.put("Status", next);
        return true;
    }

    private static List<ObjectNode> settled(Map<String, ObjectNode> store, Predicate<ObjectNode> keep) {
        List<ObjectNode> kept = new ArrayList<>();
        for (Iterator<ObjectNode> it = store.values().iterator(); it.hasNext();) {
            ObjectNode resource = it.next();
            if (!keep.test(resource)) {
                continue;
            }
            if (!settle(resource)) {
                it.remove();
            } else {
                kept.add(resource);
            }
        }
        return kept;
    }

    private ObjectNode vbr(String id, String account) {
        ObjectNode vbr = vbrs.get(id);
        if (vbr == null || !(vbr.get("_owner").asText().equals(account) || vbr.get("_account").asText().equals(account))) {
            throw AliError.notFound("InvalidVbrId.NotFound", "Specified virtual border router does not exist.");
        }
        return vbr;
    }

    private ObjectNode table(String tableId, Rpc p) {
        return vbrs.values().stream().filter(vbr -> vbr.get("RouteTableId").asText().equals(tableId) && visibleTo(vbr, p))
                .findFirst().orElseThrow(() -> AliError.notFound("InvalidRouteTableId.NotFound",
                        "The route table does not exist."));
    }

    private static boolean visibleTo(ObjectNode vbr, Rpc p) {
        return vbr.get("_owner").asText().equals(p.account) || vbr.get("_account").asText().equals(p.account);
    }

    private boolean belongs(String vbrId, Rpc p) {
        ObjectNode vbr = vbrs.get(vbrId);
        return vbr != null && visibleTo(vbr, p);
    }

    private ObjectNode owned(Map<String, ObjectNode> store, String id, Rpc p, String notFound) {
        ObjectNode resource = store.get(id);
        if (resource == null || !belongs(resource.get("RouterId").asText(), p)) {
            throw AliError.notFound(notFound, "The resource " + id + " does not exist.");
        }
        return resource;
    }

    private static boolean matches(Rpc p, String field, ObjectNode resource) {
        return p.get(field) == null || resource.path(field).asText().equals(p.get(field));
    }

    private static boolean isPrefix(String cidr) {
        int slash = cidr.indexOf('/');
        if (slash < 0 || !cidr.substring(slash + 1).matches("\\d{1,2}")) {
            return false;
        }
        int prefix = Integer.parseInt(cidr.substring(slash + 1));
        try {
            long bits = ipv4(cidr.substring(0, slash), "InvalidDestCidrBlock.Malformed");
            long hostMask = prefix >= 32 ? 0 : (1L << (32 - prefix)) - 1;
            return prefix <= 32 && (bits & hostMask) == 0;
        } catch (AliError e) {
            return false;
        }
    }

    private static boolean inSharedAddressSpace(String cidr) {
        long bits = ipv4(cidr.substring(0, cidr.indexOf('/')), "InvalidDestCidrBlock.Malformed");
        int prefix = Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
        long shared = 100L << 24 | 64L << 16;
        return prefix >= 10 && (bits & 0xFFC00000L) == shared;
    }

    private static long ipv4(String address, String code) {
        if (!address.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            throw AliError.badRequest(code, "The address " + address + " is not an IPv4 address.");
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return (bytes[0] & 0xFFL) << 24 | (bytes[1] & 0xFFL) << 16 | (bytes[2] & 0xFFL) << 8 | bytes[3] & 0xFFL;
        } catch (UnknownHostException e) {
            throw AliError.badRequest(code, "The address " + address + " is not an IPv4 address.");
        }
    }

    static int prefixLength(String mask) {
        if (mask == null || !mask.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return -1;
        }
        long bits = ipv4(mask, "InvalidPeeringSubnetMask.Malformed");
        int length = Long.bitCount(bits);
        return bits == (0xFFFFFFFFL << (32 - length) & 0xFFFFFFFFL) ? length : -1;
    }
}
