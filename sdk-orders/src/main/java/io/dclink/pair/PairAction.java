package io.dclink.pair;

import io.dclink.lifecycle.Party;
import io.dclink.lifecycle.RequiredAction;
import java.util.Objects;

/**
 * The one thing a pair waits for next, on which line, and who must do it.
 *
 * @param action what has to happen
 * @param connectionId the line it concerns, or {@code null} when it concerns neither
 * @param description what to do, in words
 */
public record PairAction(RequiredAction action, String connectionId, String description) {

    /** Nothing to do. */
    public static final PairAction NONE = new PairAction(RequiredAction.NONE, null, RequiredAction.NONE.description());

    /**
     * Validates the components.
     *
     * @param action what has to happen
     * @param connectionId the line it concerns, or {@code null}
     * @param description what to do
     */
    public PairAction {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(description, "description");
    }

    /** {@return who must act} */
    public Party party() {
        return action.party();
    }
}
