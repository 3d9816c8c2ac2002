package io.dclink.model;

import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.RequiredAction;

/**
 * A resource with a lifecycle: a neutral state and the action needed to progress.
 *
 * @param <S> the state type
 */
public interface LifecycleResource<S extends Enum<S> & LifecycleState> extends Resource {

    /**
     * The neutral lifecycle state.
     *
     * @return the state
     */
    S state();

    /**
     * What has to happen next, and who has to do it.
     *
     * @return the required action
     */
    RequiredAction requiredAction();
}
