package io.dclink.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.Capability;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.Connection;
import io.dclink.testkit.emulator.EmulatedOperation;
import io.dclink.testkit.emulator.Emulator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** No duplicate on an ambiguous create: a create whose answer or request is lost orders exactly one line. */
public interface IdempotencyGroup extends KitGroup {

    /** Checks that a create whose answer is lost after it took effect orders exactly one line. */
    @Test
    @DisplayName("a create whose answer is lost after it took effect orders exactly one line")
    default void lostAnswer() {
        KitFixture kit = kit();
        if (!kit.declares(Capability.CONNECTION_CREATE)) {
            return;
        }
        Emulator emulator = kit.emulator();
        int before = emulator.operator().count(ResourceType.CONNECTION);
        emulator.faults().reset(kit.operation(EmulatedOperation.CREATE_CONNECTION), true, 1);

        Connection created = kit.client().connections().create(kit.connectionRequest("tck-ambiguous"));

        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isEqualTo(before + 1);
        assertThat(kit.client().connections().get(created.id()).id()).isEqualTo(created.id());
    }

    /** Checks that a create whose request was lost before it took effect is placed once. */
    @Test
    @DisplayName("a create whose request was lost before it took effect is placed once")
    default void lostRequest() {
        KitFixture kit = kit();
        if (!kit.declares(Capability.CONNECTION_CREATE)) {
            return;
        }
        Emulator emulator = kit.emulator();
        int before = emulator.operator().count(ResourceType.CONNECTION);
        emulator.faults().reset(kit.operation(EmulatedOperation.CREATE_CONNECTION), false, 1);

        kit.client().connections().create(kit.connectionRequest("tck-lost"));

        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isEqualTo(before + 1);
    }
}
