package io.dclink.core.internal;

import io.dclink.kit.validation.Problems;
import io.dclink.error.Problem;
import io.dclink.model.ConstructionReport;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.LoaApplication;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import io.dclink.pair.RedundantLinesOrder;
import io.dclink.spi.ProviderDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The rules every provider shares; plugins add their own through their operation table's validators. */
final class RequestRules {

    private RequestRules() {
    }

    static List<Problem> check(CreateConnectionRequest request, Set<String> optionKeys) {
        return new Problems()
                .required("name", request.name())
                .required("accessPointId", request.accessPointId())
                .positive("bandwidthMbps", request.bandwidthMbps())
                .idempotencyKey(request.idempotencyKey())
                .options("providerOptions", request.providerOptions().keySet(), optionKeys)
                .list();
    }

    /** A native redundant order: a mode, and each access point's entry checked as a line's application. */
    static List<Problem> check(RedundantLinesOrder order, ProviderDescriptor provider) {
        Problems problems = new Problems()
                .check(!order.mode().isBlank(), "mode", "must name the provider's mode")
                .check(!order.accessPoints().isEmpty(), "accessPoints", "needs at least one access point")
                .idempotencyKey(order.idempotencyKey());
        List<Problem> all = new ArrayList<>(problems.list());
        for (int i = 0; i < order.accessPoints().size(); i++) {
            String prefix = "accessPoints[" + i + "].";
            check(order.accessPoints().get(i), provider.connectionOptions())
                    .forEach(problem -> all.add(new Problem(prefix + problem.field(), problem.message())));
        }
        return all;
    }

    static List<Problem> check(UpdateConnectionRequest request) {
        return new Problems()
                .check(request.name() == null || !request.name().isBlank(), "name", "must not be blank")
                .positive("bandwidthMbps", request.bandwidthMbps())
                .list();
    }

    static List<Problem> check(LoaApplication application) {
        return new Problems()
                .required("companyName", application.companyName())
                .required("constructionCompany", application.constructionCompany())
                .required("constructionType", application.constructionType())
                .required("constructionTime", application.constructionTime())
                .positive("bandwidthMbps", application.bandwidthMbps())
                .idempotencyKey(application.idempotencyKey())
                .list();
    }

    static List<Problem> check(CreateGatewayRequest request) {
        return new Problems()
                .required("name", request.name())
                .idempotencyKey(request.idempotencyKey())
                .list();
    }

    static List<Problem> check(CreateVirtualInterfaceRequest request, Set<String> optionKeys) {
        Problems problems = new Problems()
                .required("name", request.name())
                .required("connectionId", request.connectionId())
                .positive("bandwidthMbps", request.bandwidthMbps())
                .idempotencyKey(request.idempotencyKey())
                .options("providerOptions", request.providerOptions().keySet(), optionKeys);
        switch (request.routing()) {
            case BGP -> problems.required("vlan", request.vlan()).check(request.bgp() != null
                    && request.bgp().customerAsn() != null, "bgp.customerAsn", "is required when routing is BGP");
            case STATIC -> problems.required("vlan", request.vlan()).check(!request.staticPrefixes().isEmpty(),
                    "staticPrefixes", "needs at least one prefix when routing is STATIC");
            case NONE -> problems.check(request.bgp() == null, "bgp", "a Layer 2 circuit (routing NONE) has no BGP session")
                    .check(request.staticPrefixes().isEmpty(), "staticPrefixes",
                            "a Layer 2 circuit (routing NONE) has no routes");
        }
        return problems.list();
    }

    static List<Problem> check(UpdateVirtualInterfaceRequest request) {
        return new Problems().positive("bandwidthMbps", request.bandwidthMbps()).list();
    }

    static List<Problem> check(ConstructionReport report) {
        return new Problems().idempotencyKey(report.idempotencyKey()).list();
    }

    static List<Problem> check(CreateRouteRequest request) {
        return new Problems()
                .check((request.virtualInterfaceId() == null) != (request.gatewayId() == null), "request",
                        "give exactly one of virtualInterfaceId and gatewayId")
                .required("destination", request.destination())
                .idempotencyKey(request.idempotencyKey())
                .list();
    }
}
