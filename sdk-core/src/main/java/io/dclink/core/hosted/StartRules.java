package io.dclink.core.hosted;

import io.dclink.error.Problem;
import io.dclink.hosted.HostedOrderRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * What is checked before a hosted order orders anything: its key, that the sides leave to the order
 * what the order fills (their keys, the cloud side's hand-off values), and both sides against their
 * plugins' rules, the cloud side without the values the hand-off will give.
 */
final class StartRules {

    private StartRules() {
    }

    static List<Problem> check(HostedOrderRequest request, String key, CreateVirtualInterfaceRequest partnerRequest,
            Clients clients) {
        List<Problem> problems = new ArrayList<>();
        SideKeys.check(key).ifPresent(problems::add);
        CreateVirtualInterfaceRequest cloud = request.cloudSide();
        leftEmpty(problems, "partnerSide.idempotencyKey", request.partnerSide().idempotencyKey(),
                "derives from the order's key");
        leftEmpty(problems, "cloudSide.idempotencyKey", cloud.idempotencyKey(), "derives from the order's key");
        leftEmpty(problems, "cloudSide.ownerAccount", cloud.ownerAccount(), "is the hand-off's provider account");
        leftEmpty(problems, "cloudSide.connectionId", cloud.connectionId(), "is the hand-off's shared connection");
        leftEmpty(problems, "cloudSide.vlan", cloud.vlan(), "is the hand-off's VLAN");
        clients.partnerRules().check(partnerRequest).stream().filter(p -> !p.field().equals("idempotencyKey"))
                .forEach(p -> problems.add(new Problem("partnerSide." + p.field(), p.message())));
        clients.cloudRules().check(cloud.toBuilder().idempotencyKey(SideKeys.cloud(key)).build()).stream()
                .filter(p -> !HandOffs.FILLED.containsKey(p.field()) && !p.field().equals("idempotencyKey"))
                .forEach(p -> problems.add(new Problem("cloudSide." + p.field(), p.message())));
        return problems;
    }

    private static void leftEmpty(List<Problem> problems, String field, Object value, String why) {
        if (value != null) {
            problems.add(new Problem(field, why + ": leave it empty"));
        }
    }
}
