package io.dclink.testkit.walk;

import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.ProviderState;

/**
 * One step of a lifecycle walk: what the resource looked like, and what the walker did about it.
 *
 * @param state the neutral state seen
 * @param action the required action seen
 * @param providerState the raw state seen
 * @param did what the walker did
 */
public record Step(LifecycleState state, RequiredAction action, ProviderState providerState, String did) {

    @Override
    public String toString() {
        return state + "/" + action + " (" + providerState + ") -> " + did;
    }
}
