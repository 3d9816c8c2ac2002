package io.dclink.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.Capability;
import io.dclink.model.Connection;
import io.dclink.testkit.emulator.EmulatedOperation;
import io.dclink.testkit.emulator.Emulator;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Pagination: a listing longer than a page is read lazily, completely and without duplicates. */
public interface PaginationGroup extends KitGroup {

    /** Checks that a listing longer than one page is read lazily, completely and without duplicates. */
    @Test
    @DisplayName("a listing longer than one page is read lazily, completely and without duplicates")
    default void manyPages() {
        KitFixture kit = kit();
        if (!kit.declares(Capability.CONNECTION_CREATE, Capability.CONNECTION_LIST)) {
            return;
        }
        Emulator emulator = kit.emulator();
        int count = 120;
        for (int i = 0; i < count; i++) {
            kit.client().connections().create(kit.connectionRequest("tck-page-" + i));
        }
        String describe = kit.operation(EmulatedOperation.DESCRIBE_CONNECTIONS);
        emulator.requests().clear();

        var listing = kit.client().connections().list();
        assertThat(emulator.requests().count(describe)).as("nothing fetched before iteration").isZero();
        List<String> ids = listing.stream().map(Connection::id).collect(Collectors.toList());

        assertThat(ids).hasSizeGreaterThanOrEqualTo(count);
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(emulator.requests().count(describe)).as("pages fetched").isGreaterThan(1);
    }
}
