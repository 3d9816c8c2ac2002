package io.dclink.provider.jdcloud;

import io.dclink.error.InvalidRequestException;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.kit.json.JsonRecord;
import io.dclink.kit.validation.Cidr;
import io.dclink.kit.validation.NetworkRules;
import io.dclink.kit.validation.Problems;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import io.dclink.spi.Page;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Routes in both of JD Cloud's tables, told apart by the ids a request names:
 * <ul>
 *   <li>on a private VIF ({@code virtualInterfaceId}), or on a border gateway ({@code gatewayId}
 *       {@code bgw-…}) with the VIF as next hop: a gateway route toward the IDC;</li>
 *   <li>on a border gateway with a VPC attachment ({@code vpca-…}) or an attached VPC ({@code vpc-…})
 *       as next hop: a gateway route toward the VPC, through the attachment;</li>
 *   <li>on a VPC ({@code vpc-…}, its only route table) or a route table ({@code rtb-…}) with a border
 *       gateway as next hop: a VPC route-table rule toward the line.</li>
 * </ul>
 * A route toward the IDC is refused, with nothing sent, when its segment overlaps the CIDR of a VPC
 * on the gateway's side: the first thing JD Cloud's guide asks is that the segments do not overlap.
 */
final class Routes {

    private final PrivateVifs vifs;
    private final VpcAttachments attachments;
    private final Vpcs vpcs;
    private final BgwRoutes gatewayRoutes;
    private final VpcRules vpcRules;
    private final JdCloudApi api;

    Routes(JdCloudApi api, PrivateVifs vifs, VpcAttachments attachments, Vpcs vpcs, BgwRoutes gatewayRoutes,
            VpcRules vpcRules) {
        this.api = api;
        this.vifs = vifs;
        this.attachments = attachments;
        this.vpcs = vpcs;
        this.gatewayRoutes = gatewayRoutes;
        this.vpcRules = vpcRules;
    }

    static List<Problem> validate(CreateRouteRequest request) {
        Problems problems = new Problems();
        NetworkRules.networkPrefix(problems, "destination", request.destination());
        Cidr.parse(request.destination()).ifPresent(cidr -> problems.check(!cidr.isIpv6(), "destination", "must be IPv4"));
        problems.text("description", request.description(), IdempotencyMark.DESCRIPTION_LIMIT);
        String vif = request.virtualInterfaceId();
        String gateway = request.gatewayId();
        JdCloudLimits.id(problems, "virtualInterfaceId", vif);
        JdCloudLimits.id(problems, "nextHop", request.nextHop());
        if (vif != null) {
            problems.check(request.nextHop() == null || request.nextHop().equals(vif), "nextHop",
                    "a route on a private VIF has the VIF as next hop; leave it empty");
        } else if (gateway != null && gateway.startsWith(NextHops.BGW_PREFIX)) {
            problems.check(request.nextHop() != null && startsWithAny(request.nextHop(), NextHops.VIF_PREFIX,
                    NextHops.ATTACHMENT_PREFIX, NextHops.VPC_PREFIX), "nextHop", "a border gateway route needs a private VIF "
                    + "(pvif-…), a VPC attachment (vpca-…) or an attached VPC (vpc-…) as next hop");
        } else if (gateway != null) {
            problems.check(startsWithAny(gateway, NextHops.VPC_PREFIX, NextHops.ROUTE_TABLE_PREFIX), "gatewayId",
                    "must be a border gateway (bgw-…), a VPC (vpc-…) or a VPC route table (rtb-…)");
            problems.check(request.nextHop() != null && request.nextHop().startsWith(NextHops.BGW_PREFIX), "nextHop",
                    "a VPC route-table rule needs a border gateway (bgw-…) as next hop");
        }
        return problems.list();
    }

    CompletableFuture<Page<Route>> list(RouteQuery query, String token) {
        if (query.virtualInterfaceId() != null) {
            String vifId = query.virtualInterfaceId();
            return vifs.record(vifId).thenCompose(vif -> gatewayRoutes.list(vif.requiredText("bgwId"),
                    route -> vifId.equals(route.virtualInterfaceId()), token));
        }
        String gateway = query.gatewayId();
        if (gateway == null) {
            return CompletableFuture.failedFuture(new InvalidRequestException("JD Cloud lists routes per private VIF, "
                    + "border gateway or VPC route table: give RouteQuery.ofVirtualInterface(id) or ofGateway(id)",
                    api.errors(), null));
        }
        if (gateway.startsWith(NextHops.BGW_PREFIX)) {
            return gatewayRoutes.list(gateway, route -> true, token);
        }
        return vpcs.table(gateway).thenCompose(table -> vpcRules.list(table, token));
    }

    CompletableFuture<Route> create(CreateRouteRequest request) {
        String nextHop = request.virtualInterfaceId() != null ? request.virtualInterfaceId() : request.nextHop();
        String gateway = request.gatewayId();
        if (gateway != null && !gateway.startsWith(NextHops.BGW_PREFIX)) {
            return vpcs.table(gateway).thenCompose(table -> vpcs.cidr(table.vpcId())
                    .thenApply(cidr -> noOverlap(request.destination(), List.of(new VpcCidr(table.vpcId(), cidr))))
                    .thenCompose(ok -> vpcRules.add(table, request.destination(), nextHop, request.description())));
        }
        if (request.virtualInterfaceId() != null || nextHop.startsWith(NextHops.VIF_PREFIX)) {
            return vifs.record(nextHop).thenCompose(vif -> towardIdc(request, vif));
        }
        if (nextHop.startsWith(NextHops.ATTACHMENT_PREFIX)) {
            return gatewayRoutes.add(gateway, NextHops.VPC_ATTACHMENT, nextHop, request.destination(), request.description());
        }
        return attachments.of(List.of(gateway)).thenCompose(attached -> {
            Optional<JsonRecord> attachment = attached.stream().filter(a -> nextHop.equals(a.text("vpcId"))).findFirst();
            if (attachment.isEmpty()) {
                throw new InvalidRequestException("Attach VPC " + nextHop + " to border gateway " + gateway + " first "
                        + "(create the gateway with the VPC as its networkId). Nothing was sent.", api.errors(), null);
            }
            return gatewayRoutes.add(gateway, NextHops.VPC_ATTACHMENT, attachment.get().requiredText("vpcAttachmentId"),
                    request.destination(), request.description());
        });
    }

    /** A gateway route to the IDC through a VIF of that gateway, whose segment overlaps none of the attached VPCs. */
    private CompletableFuture<Route> towardIdc(CreateRouteRequest request, JsonRecord vif) {
        String bgwId = vif.requiredText("bgwId");
        if (request.gatewayId() != null && !request.gatewayId().equals(bgwId)) {
            throw new InvalidRequestException("Private VIF " + vif.requiredText("privateVifId") + " belongs to border gateway "
                    + bgwId + ", not " + request.gatewayId() + ". Nothing was sent.", api.errors(), null);
        }
        NextHops type = "hosted".equals(vif.text("type")) ? NextHops.HOSTED_PRIVATE_VIF : NextHops.PRIVATE_VIF;
        return attachments.of(List.of(bgwId)).thenCompose(attached -> {
            List<CompletableFuture<VpcCidr>> cidrs = attached.stream().map(a -> a.requiredText("vpcId"))
                    .map(vpcId -> vpcs.cidr(vpcId).thenApply(cidr -> new VpcCidr(vpcId, cidr))).toList();
            return CompletableFuture.allOf(cidrs.toArray(CompletableFuture[]::new))
                    .thenApply(all -> noOverlap(request.destination(), cidrs.stream().map(CompletableFuture::join).toList()));
        }).thenCompose(ok -> gatewayRoutes.add(bgwId, type, vif.requiredText("privateVifId"), request.destination(),
                request.description()));
    }

    /** A VPC and its CIDR. */
    private record VpcCidr(String vpcId, String cidr) {
    }

    /** Refuses an IDC segment that overlaps a VPC's CIDR, naming every overlap. */
    private boolean noOverlap(String segment, List<VpcCidr> vpcCidrs) {
        Problems problems = new Problems();
        Cidr idc = Cidr.parse(segment).orElseThrow();
        for (VpcCidr vpc : vpcCidrs) {
            Optional.of(Cidr.parse(vpc.cidr()).orElseThrow()).filter(idc::overlaps).ifPresent(cidr -> problems.add("destination", segment
                    + " overlaps the CIDR " + cidr + " of VPC " + vpc.vpcId() + ": the IDC's segments must not overlap the VPC's"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(api.errors(), problems.list());
        }
        return true;
    }

    CompletableFuture<Void> delete(Route route) {
        String table = route.attributes().get(NetworkMapping.ROUTE_TABLE);
        if (table != null) {
            return vpcRules.delete(table, route.id());
        }
        if (route.gatewayId() != null) {
            return gatewayRoutes.delete(route.gatewayId(), route.id());
        }
        if (route.virtualInterfaceId() == null) {
            return CompletableFuture.failedFuture(new InvalidRequestException("Give the route as listed: it names "
                    + "neither its border gateway nor its private VIF", api.errors(), null));
        }
        return vifs.record(route.virtualInterfaceId())
                .thenCompose(vif -> gatewayRoutes.delete(vif.requiredText("bgwId"), route.id()));
    }

    private static boolean startsWithAny(String text, String... prefixes) {
        for (String prefix : prefixes) {
            if (text.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
