package io.dclink.testkit.alibaba;

import static io.dclink.testkit.emulator.LifecycleTrigger.action;
import static io.dclink.testkit.emulator.LifecycleTrigger.nextRead;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.testkit.emulator.RawLifecycle;
import io.dclink.testkit.emulator.StoredJson;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Virtual border routers, their BGP groups, peers and networks, and the custom entries of their
 * route tables. Steps that take the service seconds (route entries, BGP objects, terminating and
 * recovering a VBR) are shown in their transitional status once and are done when next read: the
 * next-read rows of their lifecycle tables.
 */
final class Vbrs {

    private static final Set<String> FILTER_KEYS = Set.of("PhysicalConnectionId", "VbrId", "Status", "Name",
            "AccessPointId", "eccId", "type");
    private static final Set<Long> BANDWIDTHS = Set.of(50L, 100L, 200L, 300L, 400L, 500L, 1000L, 2048L, 5120L, 8192L,
            10_240L, 20_480L, 40_960L, 50_120L, 61_440L, 102_400L);

    private final AlibabaCloud cloud;
    final Map<String, ObjectNode> vbrs = new LinkedHashMap<>();
    final Map<String, ObjectNode> groups = new LinkedHashMap<>();
    final Map<String, ObjectNode> peers = new LinkedHashMap<>();
    final Map<String, ObjectNode> networks = new LinkedHashMap<>();
    final Map<String, ObjectNode> entries = new LinkedHashMap<>();
    private final RawLifecycle vbrLifecycle;
    private final RawLifecycle groupLifecycle;
    private final RawLifecycle peerLifecycle;
    private final RawLifecycle networkLifecycle;
    private final RawLifecycle entryLifecycle;

    Vbrs(AlibabaCloud cloud) {
        this.cloud = cloud;
        this.vbrLifecycle = RawLifecycle.of("VBR")
                // the VBR's owner, another account, confirms it: the operator's advance plays them
                .row("unconfirmed", action(RawLifecycle.ADVANCE), "active")
                .row("active", action("terminate"), "terminating")
                .row("terminating", nextRead(), "terminated")
                .row("terminated", action("recover"), "recovering")
                .row("recovering", nextRead(), "active")
                .rows(List.of("unconfirmed", "active", "terminated"), action("delete"), RawLifecycle.REMOVED)
                .build(vbrs, "Status", cloud.clock(), cloud);
        this.groupLifecycle = secondsLong("BGP group", groups);
        this.peerLifecycle = secondsLong("BGP peer", peers);
        this.networkLifecycle = secondsLong("BGP network", networks);
        this.entryLifecycle = secondsLong("route entry", entries);
    }

    /** Created {@code Pending} and deleted through {@code Deleting}, each done at the next read. */
    private RawLifecycle secondsLong(String kind, Map<String, ObjectNode> store) {
        return RawLifecycle.of(kind)
                .row("Pending", nextRead(), "Available")
                .row("Deleting", nextRead(), RawLifecycle.REMOVED)
                .build(store, "Status", cloud.clock(), cloud);
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
        vbrLifecycle.enter(id, vbr.get("Status").asText());
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
        for (ObjectNode vbr : settled(vbrs, vbrLifecycle, any -> true)) {
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
        String id = vbr.get("VbrId").asText();
        if (!vbrLifecycle.allows(id, "delete")) {
            throw AliError.badRequest("InvalidStatus.NotAllowed", "The VBR is " + vbr.get("Status").asText() + ".");
        }
        if (groups.values().stream().anyMatch(group -> group.get("RouterId").asText().equals(id))) {
            throw AliError.badRequest("DependencyViolation.BgpGroup", "The VBR still has BGP groups.");
        }
        vbrLifecycle.fire(id, "delete");
        entries.values().removeIf(entry -> entry.get("RouteTableId").asText().equals(vbr.get("RouteTableId").asText()));
        networks.values().removeIf(network -> network.get("RouterId").asText().equals(id));
        return Rpc.JSON.createObjectNode();
    }

    ObjectNode terminate(Rpc p) {
        ObjectNode vbr = vbr(p.required("VbrId"), p.account);
        lineOwnerOnly(vbr, p);
        vbrLifecycle.fire(vbr.get("VbrId").asText(), "terminate",
                () -> AliError.badRequest("InvalidStatus.NotAllowed", "Only an active VBR can be terminated."));
        vbr.put("TerminationTime", Rpc.UTC_NO_ZONE.format(cloud.now()));
        return Rpc.JSON.createObjectNode();
    }

    ObjectNode recover(Rpc p) {
        ObjectNode vbr = vbr(p.required("VbrId"), p.account);
        lineOwnerOnly(vbr, p);
        String id = vbr.get("VbrId").asText();
        if (!vbrLifecycle.allows(id, "recover")) {
            throw AliError.badRequest("InvalidStatus.NotAllowed", "Only a terminated VBR can be recovered.");
        }
        if (!cloud.lines().stored(vbr.get("PhysicalConnectionId").asText()).get("Status").asText().equals("Enabled")) {
            throw AliError.badRequest("InvalidPhysicalConnectionId.NotEnabled", "The physical connection is not enabled.");
        }
        vbrLifecycle.fire(id, "recover");
        vbr.put("RecoveryTime", Rpc.UTC_NO_ZONE.format(cloud.now()));
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
                .put("RegionId", cloud.region()).put("Status", "Pending");
        groups.put(id, group);
        groupLifecycle.enter(id, "Pending");
        return Rpc.JSON.createObjectNode().put("BgpGroupId", id);
    }

    ObjectNode describeGroups(Rpc p) {
        return p.page(settled(groups, groupLifecycle, group -> belongs(group.get("RouterId").asText(), p)
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
        groupLifecycle.enter(id, "Deleting");
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
                .put("Status", "Pending"));
        peerLifecycle.enter(id, "Pending");
        return Rpc.JSON.createObjectNode().put("BgpPeerId", id);
    }

    ObjectNode describePeers(Rpc p) {
        return p.page(settled(peers, peerLifecycle, peer -> belongs(peer.get("RouterId").asText(), p) && matches(p, "RouterId", peer)
                && matches(p, "BgpGroupId", peer) && matches(p, "BgpPeerId", peer)), "BgpPeers", "BgpPeer",
                StoredJson::visible);
    }

    ObjectNode deletePeer(Rpc p) {
        String id = owned(peers, p.required("BgpPeerId"), p, "InvalidBgpPeerId.NotFound").get("BgpPeerId").asText();
        peerLifecycle.enter(id, "Deleting");
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
                .put("Status", "Pending"));
        networkLifecycle.enter(key, "Pending");
        return Rpc.JSON.createObjectNode();
    }

    ObjectNode describeNetworks(Rpc p) {
        return p.page(settled(networks, networkLifecycle, network -> belongs(network.get("RouterId").asText(), p)
                && matches(p, "RouterId", network)), "BgpNetworks", "BgpNetwork", StoredJson::visible);
    }

    ObjectNode deleteNetwork(Rpc p) {
        vbr(p.required("RouterId"), p.account);
        String key = p.required("RouterId") + "|" + p.required("DstCidrBlock");
        if (!networks.containsKey(key)) {
            throw AliError.notFound("InvalidBgpNetwork.NotFound", "The BGP network does not exist.");
        }
        networkLifecycle.enter(key, "Deleting");
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
                .put("GmtModified", Rpc.time(cloud.now())).put("Status", "Pending");
        entry.putObject("NextHops").putArray("NextHop").addObject().put("NextHopId", nextHop)
                .put("NextHopType", "RouterInterface").put("Weight", 100).put("Enabled", 1);
        entries.put(id, entry);
        entryLifecycle.enter(id, "Pending");
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
        List<ObjectNode> matching = settled(entries, entryLifecycle, entry -> entry.get("RouteTableId").asText().equals(table)
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
        entryLifecycle.enter(entry.get("RouteEntryId").asText(), "Deleting");
        return Rpc.JSON.createObjectNode();
    }

    // ---- the provider's steps ------------------------------------------------------------------------

    void advance(String id) {
        if (vbrs.containsKey(id)) {
            vbrLifecycle.advance(id);
        }
    }

    /** Finishes a pending or deleting route entry or BGP network (a network's id is {@code RouterId:DstCidrBlock}). */
    void advanceRoute(String id) {
        if (entries.containsKey(id)) {
            entryLifecycle.advance(id);
        }
        networkKey(id).ifPresent(networkLifecycle::advance);
    }

    void sessions(String vbrId, String bgpStatus) {
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
        return networks.get(networkKey(id).orElseThrow(() -> new IllegalArgumentException("no route " + id)));
    }

    /** The key of the BGP network whose route id is {@code RouterId:DstCidrBlock}. */
    private Optional<String> networkKey(String routeId) {
        return networks.entrySet().stream().filter(network -> (network.getValue().get("RouterId").asText() + ":"
                + network.getValue().get("DstCidrBlock").asText()).equals(routeId)).map(Map.Entry::getKey).findFirst();
    }

    // ---- shared --------------------------------------------------------------------------------------

    /** The resources a read keeps, each read through its lifecycle (some are gone once read). */
    private static List<ObjectNode> settled(Map<String, ObjectNode> store, RawLifecycle lifecycle, Predicate<ObjectNode> keep) {
        List<ObjectNode> kept = new ArrayList<>();
        for (Map.Entry<String, ObjectNode> resource : List.copyOf(store.entrySet())) {
            if (keep.test(resource.getValue())) {
                lifecycle.read(resource.getKey());
                if (store.containsKey(resource.getKey())) {
                    kept.add(resource.getValue());
                }
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
