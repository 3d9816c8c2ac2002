package io.dclink.testkit.alibaba;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The initial installation fee (CreatePhysicalConnectionSetupOrder): the self-service guide's
 * first step, "configure the physical connection interface, and complete the payment for an
 * initial installation fee". It takes the access point, carrier, port type and redundancy (the same
 * rule as an application) and answers the order and the new line. With {@code AutoPay} the fee is
 * paid at once and the application goes to review; without it the order waits for payment (the
 * operator's markPaid stands for the console's payment). UNVERIFIED: that an unpaid installation fee
 * holds the application out of review, in {@code Initial}.
 */
final class SetupOrders {

    private final AlibabaCloud cloud;
    private final Lines lines;

    SetupOrders(AlibabaCloud cloud, Lines lines) {
        this.cloud = cloud;
        this.lines = lines;
    }

    ObjectNode create(Rpc p) {
        ObjectNode accessPoint = cloud.accessPoint(p.required("AccessPointId"));
        String operator = Lines.lineOperator(p.required("LineOperator"));
        String portType = Lines.portType(p.get("PortType"));
        String redundant = lines.redundancy(p.get("RedundantPhysicalConnectionId"), p.account);
        ObjectNode line = lines.add(p.account, accessPoint, operator, portType, redundant, field -> null);
        String orderId = Long.toString(200_000_000_000L + cloud.nextNumber());
        String id = line.get("PhysicalConnectionId").asText();
        line.put("_setupOrderId", orderId);
        if (p.flag("AutoPay")) {
            lines.lifecycle(id).enter(id, "Initial");
        } else {
            line.put("_setupOrderUnpaid", true);
        }
        return Rpc.JSON.createObjectNode().put("OrderId", orderId).put("PhysicalConnectionId", id);
    }

    /** The console's payment of an unpaid installation fee: the application goes to review. */
    void paid(ObjectNode line) {
        line.remove("_setupOrderUnpaid");
        String id = line.get("PhysicalConnectionId").asText();
        lines.lifecycle(id).enter(id, "Initial");
    }
}
