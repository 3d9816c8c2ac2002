package io.dclink.kit.paging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentIdsTest {

    @Test
    void anIdAmongTheLastTenThousandIsARepeatAndOneOlderThanTwiceThatIsForgotten() {
        RecentIds ids = new RecentIds();
        for (int i = 0; i < 30_000; i++) {
            assertThat(ids.add("dc-" + i)).as("dc-" + i).isTrue();
        }

        assertThat(ids.add("dc-29999")).isFalse();
        assertThat(ids.add("dc-20000")).isFalse();
        assertThat(ids.add("dc-5000")).as("older than the two generations").isTrue();
    }

    @Test
    void betweenTwoTurnsTheIdsBeforeTheLastTurnAreStillRemembered() {
        RecentIds ids = new RecentIds();
        for (int i = 0; i < 25_000; i++) {
            ids.add("dc-" + i);
        }

        assertThat(ids.add("dc-15000")).as("10,000 ids back, in the generation before the current one").isFalse();
        assertThat(ids.add("dc-9999")).as("15,000 ids back, in the generation the last turn cleared").isTrue();
    }

    @Test
    void aMillionIdsKeepTheTablesAtTheirBoundOf512KiB() {
        RecentIds ids = new RecentIds();
        for (int i = 0; i < 1_000_000; i++) {
            ids.add("dc-" + i);
        }

        assertThat(ids.capacity() * (long) Long.BYTES).isEqualTo(512 * 1024);
    }
}
