package io.dclink.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestRoutesTest {

    private record Row(String method, String path, String name) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("GET", "/v1/items/", "list"),
            new Row("GET", "/v1/items/{itemId}", "get"),
            new Row("POST", "/v1/items/{itemId}:archive", "archive"),
            new Row("GET", "/v1/items/{itemId}/parts/{partId}", "part"));

    @Test
    void theFirstRowWhoseMethodAndPathMatchWinsWithItsParameters() {
        RestRoutes<Row> routes = new RestRoutes<>(ROWS, Row::method, Row::path, false);

        assertThat(routes.match("GET", "/v1/items/")).get().extracting(m -> m.route().name()).isEqualTo("list");
        assertThat(routes.match("GET", "/v1/items/i-1")).get().satisfies(m -> {
            assertThat(m.route().name()).isEqualTo("get");
            assertThat(m.parameter("itemId")).isEqualTo("i-1");
        });
        assertThat(routes.match("POST", "/v1/items/i-1:archive")).get().satisfies(m -> {
            assertThat(m.route().name()).isEqualTo("archive");
            assertThat(m.parameters()).isEqualTo(Map.of("itemId", "i-1"));
        });
        assertThat(routes.match("GET", "/v1/items/i-1/parts/p-2")).get()
                .extracting(RestRoutes.Match::parameters).isEqualTo(Map.of("itemId", "i-1", "partId", "p-2"));
    }

    @Test
    void aWrongMethodAnotherPathOrAColonInAParameterMatchesNothing() {
        RestRoutes<Row> routes = new RestRoutes<>(ROWS, Row::method, Row::path, false);

        assertThat(routes.match("DELETE", "/v1/items/i-1")).isEmpty();
        assertThat(routes.match("GET", "/v1/items/i-1:archive")).isEmpty();
        assertThat(routes.match("GET", "/v1/items/i-1/")).isEmpty();
        assertThat(routes.match("GET", "/v2/items/")).isEmpty();
    }

    @Test
    void aTrailingSlashCanBeMadeOptional() {
        RestRoutes<Row> routes = new RestRoutes<>(ROWS, Row::method, Row::path, true);

        assertThat(routes.match("GET", "/v1/items/i-1/")).get().extracting(m -> m.route().name()).isEqualTo("get");
        assertThat(routes.match("GET", "/v1/items/")).get().extracting(m -> m.route().name()).isEqualTo("list");
    }
}
