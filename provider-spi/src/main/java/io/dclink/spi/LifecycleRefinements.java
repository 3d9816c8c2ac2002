package io.dclink.spi;

import io.dclink.lifecycle.LifecycleState;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A plugin's lifecycle refinements, at most one per resource type. */
public final class LifecycleRefinements {

    private static final LifecycleRefinements NONE = new LifecycleRefinements(Map.of());

    private final Map<Class<?>, LifecycleRefinement<?>> byStateType;

    private LifecycleRefinements(Map<Class<?>, LifecycleRefinement<?>> byStateType) {
        this.byStateType = Map.copyOf(byStateType);
    }

    /** {@return no refinements: the standard lifecycles apply as they are} */
    public static LifecycleRefinements none() {
        return NONE;
    }

    /**
     * A set of refinements.
     *
     * @param refinements at most one per state type
     * @return the set
     * @throws IllegalArgumentException if two refine the same state type
     */
    public static LifecycleRefinements of(LifecycleRefinement<?>... refinements) {
        Map<Class<?>, LifecycleRefinement<?>> map = new HashMap<>();
        for (LifecycleRefinement<?> refinement : refinements) {
            if (map.put(refinement.stateType(), refinement) != null) {
                throw new IllegalArgumentException("two refinements of " + refinement.stateType().getSimpleName());
            }
        }
        return new LifecycleRefinements(map);
    }

    /**
     * The refinement of one lifecycle.
     *
     * @param stateType the state enum
     * @param <S> the state type
     * @return the refinement, if the plugin has one
     */
    @SuppressWarnings("unchecked")
    public <S extends Enum<S> & LifecycleState> Optional<LifecycleRefinement<S>> forStateType(Class<S> stateType) {
        return Optional.ofNullable((LifecycleRefinement<S>) byStateType.get(stateType));
    }
}
