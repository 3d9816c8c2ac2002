package io.dclink.testkit.tencent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.lifecycle.ResourceType;
import io.dclink.testkit.emulator.Operator;
import java.util.function.Supplier;

/**
 * Tencent's people: they review applications, take payment in the console, build lines and
 * finish configuring tunnels, by the rows of the lines' and tunnels' lifecycles. They act holding
 * the cloud's lock, as requests do.
 */
final class TencentOperator implements Operator {

    private static final String FOREIGN_ACCOUNT = "200000000002";

    private final TencentCloud cloud;

    TencentOperator(TencentCloud cloud) {
        this.cloud = cloud;
    }

    @Override
    public void approve(String connectionId) {
        lineAction(connectionId, "approve");
    }

    @Override
    public void reject(String connectionId, String reason) {
        lineAction(connectionId, "reject");
    }

    @Override
    public void markPaid(String connectionId) {
        lineAction(connectionId, "markPaid");
    }

    @Override
    public void completeConstruction(String connectionId) {
        lineAction(connectionId, "completeConstruction");
    }

    private void lineAction(String connectionId, String action) {
        locked(() -> cloud.lines().lifecycle.fire(connectionId, action));
    }

    @Override
    public void advance(ResourceType type, String id) {
        locked(() -> {
            stored(type, id);
            switch (type) {
                case CONNECTION -> cloud.lines().lifecycle.advance(id);
                case VIRTUAL_INTERFACE -> cloud.tunnels().lifecycle.advance(id);
                default -> {
                    // gateways have no steps of the provider's
                }
            }
        });
    }

    @Override
    public void linkUp(ResourceType type, String id) {
        locked(() -> cloud.tunnels().routerUp(id));
    }

    @Override
    public void linkDown(ResourceType type, String id) {
        locked(() -> cloud.tunnels().routerDown(id));
    }

    @Override
    public String requestForeignVirtualInterface(String connectionId) {
        return lockedValue(() -> {
            ObjectNode line = stored(ResourceType.CONNECTION, connectionId);
            ObjectNode p = Params.JSON.createObjectNode().put("DirectConnectId", connectionId)
                    .put("DirectConnectTunnelName", "shared-by-" + FOREIGN_ACCOUNT)
                    .put("DirectConnectOwnerAccount", line.get("_account").asText()).put("NetworkType", "CCN")
                    .put("Vlan", 2000 + cloud.tunnels().store.size() % 1000).put("RouteType", "BGP");
            p.putObject("BgpPeer").put("Asn", 65_100);
            return cloud.tunnels().create(p, FOREIGN_ACCOUNT).get("DirectConnectTunnelIdSet").get(0).asText();
        });
    }

    @Override
    public void setRawState(ResourceType type, String id, String rawState) {
        locked(() -> stored(type, id).put("State", rawState));
    }

    @Override
    public int count(ResourceType type) {
        return lockedValue(() -> switch (type) {
            case CONNECTION -> cloud.lines().store.size();
            case VIRTUAL_INTERFACE -> cloud.tunnels().store.size();
            case GATEWAY -> cloud.gateways().store.size();
            default -> 0;
        });
    }

    private ObjectNode stored(ResourceType type, String id) {
        ObjectNode resource = switch (type) {
            case CONNECTION -> cloud.lines().store.get(id);
            case VIRTUAL_INTERFACE -> cloud.tunnels().store.get(id);
            case GATEWAY -> cloud.gateways().store.get(id);
            default -> throw new UnsupportedOperationException("the Tencent emulator stores no " + type + " of its own");
        };
        if (resource == null) {
            throw new IllegalArgumentException("no " + type + " " + id);
        }
        return resource;
    }

    private void locked(Runnable action) {
        synchronized (cloud) {
            action.run();
        }
    }

    private <T> T lockedValue(Supplier<T> action) {
        synchronized (cloud) {
            return action.get();
        }
    }
}
