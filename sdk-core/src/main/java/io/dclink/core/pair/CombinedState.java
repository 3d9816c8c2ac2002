package io.dclink.core.pair;

import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.Party;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.Connection;
import io.dclink.pair.PairAction;
import io.dclink.pair.PairState;
import java.util.List;
import java.util.Set;

/**
 * One state and one required action over a pair's two lines. A pure function of what the lines
 * report:
 *
 * <ul>
 *   <li>a line in an unknown state makes the pair {@code UNKNOWN};</li>
 *   <li>while the second line is not ordered the pair is {@code ORDERING} and waits on the first;</li>
 *   <li>a line that is lost (failed, cancelled, being deleted or deleted, rejected for good) makes the
 *       pair {@code DEGRADED} when the other line is in service, else {@code FAILED};</li>
 *   <li>both lines in service make it {@code ACTIVE}; one in service and the other suspended
 *       {@code DEGRADED}; anything else is {@code PROVISIONING}.</li>
 * </ul>
 *
 * <p>The one action is the customer's before anyone else's (nothing moves until the customer acts),
 * then a partner's, then the provider's; between lines, the first line's before the second's.
 */
final class CombinedState {

    private static final List<Party> PRIORITY = List.of(Party.CUSTOMER, Party.PARTNER, Party.PROVIDER);

    private final PairState state;
    private final PairAction action;

    private CombinedState(PairState state, PairAction action) {
        this.state = state;
        this.action = action;
    }

    PairState state() {
        return state;
    }

    PairAction action() {
        return action;
    }

    /**
     * The pair's state.
     *
     * @param first the first line
     * @param second the second line, or {@code null} while it is not ordered
     * @param nameableStates the raw states the first line must reach before the second can name it
     * @return the state and action
     */
    static CombinedState of(Connection first, Connection second, Set<String> nameableStates) {
        List<Connection> lines = second == null ? List.of(first) : List.of(first, second);
        for (Connection line : lines) {
            if (line.state() == ConnectionState.UNKNOWN) {
                return new CombinedState(PairState.UNKNOWN, on(line, line.requiredAction(), ""));
            }
        }
        if (second == null) {
            if (lost(first)) {
                return new CombinedState(PairState.FAILED, lostAction(first));
            }
            return new CombinedState(PairState.ORDERING, on(first, first.requiredAction(), nameableStates.isEmpty() ? ""
                    : "; the second line is ordered once " + first.id() + " is " + String.join(" or ",
                            nameableStates.stream().sorted().toList())));
        }
        for (Connection line : lines) {
            if (lost(line)) {
                Connection other = line == first ? second : first;
                return new CombinedState(other.state() == ConnectionState.ACTIVE ? PairState.DEGRADED : PairState.FAILED,
                        lostAction(line));
            }
        }
        if (first.state() == ConnectionState.ACTIVE && second.state() == ConnectionState.ACTIVE) {
            return new CombinedState(PairState.ACTIVE, next(lines));
        }
        for (Connection line : lines) {
            Connection other = line == first ? second : first;
            if (line.state() == ConnectionState.SUSPENDED && other.state() == ConnectionState.ACTIVE) {
                return new CombinedState(PairState.DEGRADED, on(line, line.requiredAction(),
                        "; the pair is not redundant while it is suspended"));
            }
        }
        return new CombinedState(PairState.PROVISIONING, next(lines));
    }

    /** Lost for the pair: it will not come into service without a new order. */
    static boolean lost(Connection line) {
        return switch (line.state()) {
            case FAILED, CANCELLED, DELETING, DELETED -> true;
            case REJECTED -> line.requiredAction() != RequiredAction.RESUBMIT;
            default -> false;
        };
    }

    private static PairAction next(List<Connection> lines) {
        for (Party party : PRIORITY) {
            for (Connection line : lines) {
                if (line.requiredAction().party() == party) {
                    return on(line, line.requiredAction(), "");
                }
            }
        }
        return PairAction.NONE;
    }

    private static PairAction lostAction(Connection line) {
        return on(line, line.requiredAction(), "; line " + line.id() + " is " + line.state()
                + ", so the pair is not redundant: order a replacement");
    }

    private static PairAction on(Connection line, RequiredAction action, String more) {
        return new PairAction(action, line.id(), action.description() + " (line " + line.id() + ")" + more);
    }
}
