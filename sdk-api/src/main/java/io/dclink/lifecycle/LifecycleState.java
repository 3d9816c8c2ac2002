package io.dclink.lifecycle;

/**
 * A neutral lifecycle state of one resource type. Implemented by the state enums of this
 * package; every one of them has an {@code UNKNOWN} constant that undocumented provider values
 * map to.
 */
public interface LifecycleState {

    /**
     * The constant's name, as {@link Enum#name()}.
     *
     * @return the name of the state
     */
    String name();

    /**
     * The resource type this state belongs to.
     *
     * @return the resource type
     */
    ResourceType resourceType();

    /**
     * Whether this is the {@code UNKNOWN} state: the provider reported something dclink does not
     * recognise.
     *
     * @return {@code true} for {@code UNKNOWN}
     */
    default boolean isUnknown() {
        return "UNKNOWN".equals(name());
    }
}
