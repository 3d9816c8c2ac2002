package io.dclink.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.lifecycle.AccessPointState;
import io.dclink.model.AccessPoint;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Access points: listed with a state and their raw state, and found by id. */
public interface AccessPointGroup extends KitGroup {

    /** Checks that access points are listed with a state and their raw state. */
    @Test
    @DisplayName("are listed with a state and their raw state")
    default void listed() {
        KitFixture kit = kit();
        if (!kit.declares(Capability.ACCESS_POINT_LIST)) {
            return;
        }
        DirectConnect client = kit.client();
        List<AccessPoint> points = client.accessPoints().list().stream().collect(Collectors.toList());

        assertThat(points).isNotEmpty();
        assertThat(points).allSatisfy(point -> {
            assertThat(point.provider()).isEqualTo(kit.emulator().providerId());
            assertThat(point.id()).isNotBlank();
            assertThat(point.providerState()).isNotNull();
        });
        assertThat(points).anyMatch(point -> point.state() == AccessPointState.AVAILABLE);
        assertThat(client.accessPoints().find(points.get(0).id())).contains(points.get(0));
    }
}
