package io.dclink.testkit.jdcloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Paging by pageNumber and pageSize (10 to 100), with JD's quirk: a page past the last repeats the last page. */
class JdCloudPagingTest extends JdCloudFixture {

    private List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.path("connections").forEach(c -> ids.add(c.path("connectionId").asText()));
        return ids;
    }

    private JsonNode page(int number, int size) {
        return ok(jd.get(R + "connections/", "pageNumber", String.valueOf(number), "pageSize", String.valueOf(size)));
    }

    @Test
    void aPagePastTheLastAnswersTheLastPageAgain() {
        emulator.raiseQuota("connection", 30);
        for (int i = 0; i < 25; i++) {
            newLine("page-" + i);
        }

        JsonNode first = page(1, 10);
        JsonNode last = page(3, 10);

        assertThat(first.path("totalCount").asInt()).isEqualTo(25);
        assertThat(ids(first)).hasSize(10);
        assertThat(ids(last)).hasSize(5);
        assertThat(ids(page(4, 10))).isEqualTo(ids(last));
        assertThat(ids(page(99, 10))).isEqualTo(ids(last));
        assertThat(ids(ok(jd.get(R + "connections/")))).as("pageSize defaults to 20").hasSize(20);
    }

    @Test
    void stoppingAtTheTotalCollectsEveryLineOnce() {
        emulator.raiseQuota("connection", 30);
        for (int i = 0; i < 23; i++) {
            newLine("all-" + i);
        }
        Set<String> seen = new LinkedHashSet<>();
        int pages = 0;
        for (int number = 1; ; number++) {
            JsonNode page = page(number, 10);
            seen.addAll(ids(page));
            pages++;
            if (number * 10 >= page.path("totalCount").asInt()) {
                break;
            }
        }

        assertThat(seen).hasSize(23);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void anEmptyListingIsOneEmptyPage() {
        JsonNode empty = page(5, 10);

        assertThat(empty.path("totalCount").asInt()).isZero();
        assertThat(empty.path("connections").isArray()).isTrue();
        assertThat(empty.path("connections")).isEmpty();
    }

    @Test
    void pageSizeAndNumberOutsideTheirRangesAreRefused() {
        for (String[] bad : new String[][] {{"pageSize", "9"}, {"pageSize", "101"}, {"pageNumber", "0"}, {"pageNumber", "x"}}) {
            JdCloudHttp.Reply reply = jd.get(R + "connections/", bad[0], bad[1]);
            assertThat(refused(reply, 400, "INVALID_ARGUMENT").message()).as(bad[0] + "=" + bad[1]).contains(bad[0]);
        }
        assertThat(page(1, 100).path("totalCount").asInt()).isZero();
    }

    @Test
    void everyListingPagesTheSameWay() {
        JsonNode locations = ok(jd.get(R + "locations/", "pageNumber", "7", "pageSize", "10"));

        assertThat(locations.path("totalCount").asInt()).isEqualTo(2);
        assertThat(locations.path("locations")).hasSize(2);
        assertThat(locations.path("locations").path(0).path("locationPortSpecs").findValuesAsText("portSpecCode"))
                .contains("1000MBase-T", "1000MBase-LX", "10GBase-LR", "100GBase-LR4");
        refused(jd.get(R + "bgws/", "pageSize", "5"), 400, "INVALID_ARGUMENT");
        refused(jd.get(R + "routeTables/", "pageSize", "5"), 400, "INVALID_ARGUMENT");
    }
}
