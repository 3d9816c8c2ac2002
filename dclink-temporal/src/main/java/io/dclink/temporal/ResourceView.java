package io.dclink.temporal;

import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.LifecycleResource;
import io.dclink.model.ProviderState;

/**
 * What a read of a resource tells the workflow: small, and free of anything secret, since it is
 * stored in the workflow's history.
 *
 * @param id the resource id
 * @param state the common state's name
 * @param requiredAction what must happen next
 * @param providerState the provider's raw state
 */
public record ResourceView(String id, String state, RequiredAction requiredAction, String providerState) {

    static ResourceView of(LifecycleResource<?> resource, ProviderState providerState) {
        return new ResourceView(resource.id(), resource.state().name(), resource.requiredAction(), providerState.value());
    }

    boolean active() {
        return "ACTIVE".equals(state);
    }

    boolean sameAs(ResourceView other) {
        return other != null && state.equals(other.state) && requiredAction == other.requiredAction
                && providerState.equals(other.providerState);
    }
}
