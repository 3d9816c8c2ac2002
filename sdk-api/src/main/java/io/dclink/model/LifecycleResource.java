package io.dclink.model;

import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.RequiredAction;

/**
 * A resource with a lifecycle: a neutral state and the action needed to progress.
 *
 * @param <S> the state type
 */
public interface LifecycleResource<S extends Enum<S> & LifecycleState> extends Resource {

    /** {@return the neutral lifecycle state} */
    S state();

    /** {@return what has to happen next, and who has to do it} */
    RequiredAction requiredAction();
}
