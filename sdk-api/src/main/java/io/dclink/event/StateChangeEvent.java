package io.dclink.event;

import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.TransitionKind;
import io.dclink.model.ProviderState;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One observed change of a resource's state.
 *
 * @param provider the provider id
 * @param type the resource type
 * @param resourceId the resource id
 * @param from the previously observed state, or {@code null} on first observation
 * @param to the state now observed
 * @param providerState the raw state now observed
 * @param requiredAction the action now required
 * @param at when the change was observed (the client's clock)
 * @param kind how the change relates to the lifecycle's legal transitions
 * @param skipped states that polling missed, in order (for {@link TransitionKind#SKIPPED})
 */
public record StateChangeEvent(
        String provider,
        ResourceType type,
        String resourceId,
        LifecycleState from,
        LifecycleState to,
        ProviderState providerState,
        RequiredAction requiredAction,
        Instant at,
        TransitionKind kind,
        List<LifecycleState> skipped) {

    /**
     * Validates and copies the components.
     *
     * @param provider the provider id
     * @param type the resource type
     * @param resourceId the resource id
     * @param from the previous state, or {@code null}
     * @param to the new state
     * @param providerState the raw state
     * @param requiredAction the required action
     * @param at when
     * @param kind the classification
     * @param skipped the skipped states
     */
    public StateChangeEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        skipped = List.copyOf(skipped);
    }

    /**
     * {@return whether the change is an anomaly: not reachable under the lifecycle's rules (for example ACTIVE to
     * PENDING_APPROVAL)}
     */
    public boolean isAnomaly() {
        return kind == TransitionKind.ANOMALY;
    }
}
