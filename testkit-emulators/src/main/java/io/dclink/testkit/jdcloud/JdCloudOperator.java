package io.dclink.testkit.jdcloud;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.lifecycle.ResourceType;
import io.dclink.testkit.emulator.Operator;
import io.dclink.testkit.emulator.RawLifecycle;
import io.dclink.testkit.emulator.UnknownResourceException;
import java.util.Map;

/**
 * JD Cloud's people and the carrier: they review applications (approve, or reject with a reason),
 * record the installation fee paid in the console, report the line built, bring links and BGP
 * sessions up and down, and process deletions, by the rows of the connections' and VIFs'
 * lifecycles. They act holding the cloud's lock, as requests do. JD's cross-account VIFs are created
 * by the line's owner for another account, so {@code requestForeignVirtualInterface} is not a step
 * of this provider.
 */
final class JdCloudOperator implements Operator {

    private final JdCloud cloud;

    JdCloudOperator(JdCloud cloud) {
        this.cloud = cloud;
    }

    @Override
    public void approve(String connectionId) {
        locked(() -> cloud.connections.lifecycle.fire(connectionId, "approve"));
    }

    @Override
    public void reject(String connectionId, String reason) {
        locked(() -> {
            cloud.connections.lifecycle.fire(connectionId, "reject");
            cloud.connections.store.get(connectionId).put("rejectedReason", reason == null ? "" : reason);
        });
    }

    @Override
    public void markPaid(String connectionId) {
        locked(() -> cloud.connections.lifecycle.fire(connectionId, "markPaid"));
    }

    @Override
    public void completeConstruction(String connectionId) {
        locked(() -> cloud.connections.lifecycle.fire(connectionId, "completeConstruction"));
    }

    @Override
    public void advance(ResourceType type, String id) {
        locked(() -> {
            switch (type) {
                case CONNECTION -> cloud.connections.lifecycle.advance(id);
                case VIRTUAL_INTERFACE -> cloud.vifs.lifecycle.advance(id);
                default -> stored(type, id); // gateways, routes and locations have no steps of the provider's
            }
        });
    }

    /** A VIF's BGP session comes up; a line's fault clears (its VIFs that went down with it come back). */
    @Override
    public void linkUp(ResourceType type, String id) {
        locked(() -> link(type, id, "linkUp"));
    }

    /** A VIF's BGP session goes down; a line fails ({@code InActive}) and its active VIFs go {@code Down}. */
    @Override
    public void linkDown(ResourceType type, String id) {
        locked(() -> link(type, id, "linkDown"));
    }

    private void link(ResourceType type, String id, String action) {
        RawLifecycle lifecycle = type == ResourceType.CONNECTION ? cloud.connections.lifecycle
                : type == ResourceType.VIRTUAL_INTERFACE ? cloud.vifs.lifecycle : null;
        if (lifecycle == null) {
            throw new UnsupportedOperationException("the JD Cloud emulator has no link state for a " + type);
        }
        lifecycle.fire(id, action);
        if (type == ResourceType.CONNECTION) {
            // UNVERIFIED: that a line's fault takes its VIFs' sessions down with it
            for (ObjectNode vif : cloud.vifs.onConnection(id)) {
                String vifId = vif.get("privateVifId").asText();
                if (cloud.vifs.lifecycle.allows(vifId, action)) {
                    cloud.vifs.lifecycle.fire(vifId, action);
                }
            }
        }
    }

    @Override
    public void setRawState(ResourceType type, String id, String rawState) {
        locked(() -> {
            String field = switch (type) {
                case CONNECTION -> "connectionStatus";
                case VIRTUAL_INTERFACE -> "privateVifStatus";
                default -> throw new UnsupportedOperationException("a JD Cloud " + type + " has no status field");
            };
            stored(type, id).put(field, rawState);
        });
    }

    /** Connections and VIFs deleted or being removed count until they are gone; routes are the gateways' static routes. */
    @Override
    public int count(ResourceType type) {
        synchronized (cloud) {
            return switch (type) {
                case CONNECTION -> (int) cloud.connections.store.values().stream()
                        .filter(c -> !c.get("connectionStatus").asText().equals("Deleted")).count();
                case VIRTUAL_INTERFACE -> cloud.vifs.store.size();
                case GATEWAY -> cloud.bgws.store.size();
                case ROUTE -> (int) cloud.bgwRoutes.store.values().stream()
                        .filter(r -> r.get("origin").asText().equals("static")).count();
                case ACCESS_POINT -> cloud.locations.count();
                case LOA -> 0;
            };
        }
    }

    private ObjectNode stored(ResourceType type, String id) {
        Map<String, ObjectNode> store = switch (type) {
            case CONNECTION -> cloud.connections.store;
            case VIRTUAL_INTERFACE -> cloud.vifs.store;
            case GATEWAY -> cloud.bgws.store;
            case ROUTE -> cloud.bgwRoutes.store;
            default -> throw new UnsupportedOperationException("the JD Cloud emulator stores no " + type + " by id");
        };
        ObjectNode resource = store.get(id);
        if (resource == null) {
            throw new UnknownResourceException(type.name(), id);
        }
        return resource;
    }

    private void locked(Runnable action) {
        synchronized (cloud) {
            action.run();
        }
    }
}
