package io.dclink.faultcorpus;

import io.dclink.lifecycle.ResourceType;
import io.dclink.model.Route;
import java.util.ArrayList;
import java.util.List;

/** What a case prepared with fault-free calls: the resource it works on and its inputs. */
final class Prepared {

    /**
     * A resource whose raw state the undocumented-state fault may set.
     *
     * @param type its type
     * @param id its id
     * @param shared whether other cases use it (it is retired once its state was set)
     */
    record StateTarget(ResourceType type, String id, boolean shared) {
    }

    /** The bench the case runs on (set by the runner). */
    Bench bench;
    /** The resource the call works on (a connection, interface, gateway; a route's interface for routes). */
    String id;
    /** Its type, for the before-and-after snapshot of a change. */
    ResourceType targetType;
    /** The interface of a route case. */
    String interfaceId;
    /** The destination of a route case. */
    String destination;
    /** The route a route deletion removes. */
    Route route;
    /** The request of a create or update. */
    Object request;
    /** The name a create or update gives. */
    String expectedName;
    /** What the undocumented-state fault may set. */
    final List<StateTarget> stateTargets = new ArrayList<>();

    Prepared target(ResourceType type, String value) {
        this.targetType = type;
        this.id = value;
        return this;
    }

    Prepared state(ResourceType type, String value, boolean shared) {
        stateTargets.add(new StateTarget(type, value, shared));
        return this;
    }
}
