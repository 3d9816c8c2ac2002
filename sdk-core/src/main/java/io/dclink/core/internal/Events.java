package io.dclink.core.internal;

import io.dclink.event.StateChangeEvent;
import io.dclink.event.StateChangeListener;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers state changes to listeners; a failing listener is logged and never disturbs the others. */
final class Events {

    private static final Logger LOG = LoggerFactory.getLogger("io.dclink.events");

    private final List<StateChangeListener> listeners;

    Events(List<StateChangeListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    void publish(StateChangeEvent event, StateChangeListener extra) {
        if (event.isAnomaly()) {
            LOG.warn("Anomalous state change of {} {}: {} -> {} (provider state {})", event.type(), event.resourceId(),
                    event.from(), event.to(), event.providerState());
        } else {
            LOG.debug("{} {}: {} -> {} ({}, provider state {})", event.type(), event.resourceId(), event.from(),
                    event.to(), event.kind(), event.providerState());
        }
        deliver(extra, event);
        for (StateChangeListener listener : listeners) {
            deliver(listener, event);
        }
    }

    private static void deliver(StateChangeListener listener, StateChangeEvent event) {
        if (listener == null) {
            return;
        }
        try {
            listener.onStateChange(event);
        } catch (RuntimeException e) {
            LOG.warn("State-change listener {} failed on {} {}", listener, event.type(), event.resourceId(), e);
        }
    }
}
