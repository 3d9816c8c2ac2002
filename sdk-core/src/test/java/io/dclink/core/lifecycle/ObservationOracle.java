package io.dclink.core.lifecycle;

import io.dclink.lifecycle.LifecycleState;
import java.util.List;

/**
 * Shortest legal distances between all pairs of states, computed with Floyd–Warshall from the
 * model's single-step table: an algorithm independent of the breadth-first search the model uses.
 */
final class ObservationOracle<S extends Enum<S> & LifecycleState> {

    static final int UNREACHABLE = Integer.MAX_VALUE / 4;

    private final int[][] distance;

    ObservationOracle(LifecycleModel<S> model) {
        List<S> states = model.states();
        int n = states.size();
        distance = new int[n][n];
        for (S from : states) {
            for (S to : states) {
                distance[from.ordinal()][to.ordinal()] =
                        from == to ? 0 : model.successors(from).contains(to) ? 1 : UNREACHABLE;
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (distance[i][k] + distance[k][j] < distance[i][j]) {
                        distance[i][j] = distance[i][k] + distance[k][j];
                    }
                }
            }
        }
    }

    int distance(S from, S to) {
        return distance[from.ordinal()][to.ordinal()];
    }
}
