package io.dclink.core.internal;

import io.dclink.core.lifecycle.LifecycleModel;
import io.dclink.event.StateChangeEvent;
import io.dclink.event.StateChangeListener;
import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.StateTransition;
import io.dclink.model.LifecycleResource;
import io.dclink.model.ProviderState;
import io.dclink.wait.Observation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows one resource's observed states: classifies each change with the lifecycle, records it
 * in a timeline and publishes it as an event. Used by one poller at a time.
 */
final class ChangeTracker<S extends Enum<S> & LifecycleState> {

    private final String provider;
    private final ResourceType type;
    private final String resourceId;
    private final LifecycleModel<S> model;
    private final Events events;
    private final StateChangeListener extra;
    private final List<Observation> timeline;
    private S lastState;
    private ProviderState lastRaw;

    ChangeTracker(String provider, ResourceType type, String resourceId, LifecycleModel<S> model, Events events,
            StateChangeListener extra, List<Observation> history) {
        this.provider = provider;
        this.type = type;
        this.resourceId = resourceId;
        this.model = model;
        this.events = events;
        this.extra = extra;
        this.timeline = new ArrayList<>(history);
        if (!history.isEmpty()) {
            Observation last = history.get(history.size() - 1);
            this.lastState = model.stateType().cast(last.state());
            this.lastRaw = last.providerState();
        }
    }

    /** Records an observation; returns whether it was new (a change of state or raw state). */
    boolean observe(LifecycleResource<S> resource, Instant at) {
        return observe(resource.state(), resource.providerState(), resource.requiredAction(), at);
    }

    boolean observe(S state, ProviderState raw, io.dclink.lifecycle.RequiredAction action, Instant at) {
        if (state == lastState && raw.equals(lastRaw)) {
            return false;
        }
        StateTransition<S> transition = model.observe(lastState, state);
        timeline.add(new Observation(at, state, raw, action, transition.kind()));
        events.publish(new StateChangeEvent(provider, type, resourceId, lastState, state, raw, action, at,
                transition.kind(), List.copyOf(transition.skipped())), extra);
        lastState = state;
        lastRaw = raw;
        return true;
    }

    S lastState() {
        return lastState;
    }

    List<Observation> timeline() {
        return List.copyOf(timeline);
    }
}
