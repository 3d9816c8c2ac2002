package io.dclink.lifecycle;

/**
 * A neutral lifecycle state of one resource type. Implemented by the state enums of this
 * package; every one of them has an {@code UNKNOWN} constant that undocumented provider values
 * map to.
 */
public interface LifecycleState {

    /** {@return the constant's name, as {@link Enum#name()}} */
    String name();

    /** {@return the resource type this state belongs to} */
    ResourceType resourceType();

    /** {@return whether this is {@code UNKNOWN}: the provider reported something dclink does not recognise} */
    default boolean isUnknown() {
        return "UNKNOWN".equals(name());
    }
}
