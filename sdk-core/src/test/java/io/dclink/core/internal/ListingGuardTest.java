package io.dclink.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.DirectConnect;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.AlphaStore;
import io.dclink.error.ProtocolException;
import io.dclink.kit.paging.PageGuard;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.Connection;
import io.dclink.model.ProviderState;
import io.dclink.spi.Page;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A listing through the public API ends, whatever the plugin's pages say: the guards of LazyPaginated. */
class ListingGuardTest {

    private final AlphaStore store = AlphaStore.create();
    private final DirectConnect client = DirectConnect.builder().provider("alpha").region("r1")
            .credentials(Credentials.accessKey("id", "secret")).property("store", store.id).build();

    @AfterEach
    void close() {
        client.close();
    }

    private static Connection line(String id) {
        return Connection.builder().provider("alpha").id(id).state(ConnectionState.ACTIVE)
                .requiredAction(RequiredAction.NONE).providerState(ProviderState.of("ACTIVE")).build();
    }

    private static Page<Connection> page(String next, String... ids) {
        return new Page<>(Arrays.stream(ids).map(ListingGuardTest::line).collect(Collectors.toList()), next);
    }

    private List<String> listedIds() {
        return client.connections().list().stream().map(Connection::id).collect(Collectors.toList());
    }

    @Test
    void theSamePageTokenTwiceEndsTheListingWithAProtocolErrorNamingTheProvider() {
        store.listing = token -> token == null ? page("a", "c1") : token.equals("a") ? page("b", "c2") : page("a", "c3");

        assertThatThrownBy(this::listedIds)
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.provider()).contains("alpha"))
                .hasMessageContaining("stopped listing connections of provider 'alpha'")
                .hasMessageContaining("page token 'a' twice");
        assertThat(store.calls("connections.list")).isEqualTo(3);
    }

    @Test
    void theSamePageTwiceUnderNewTokensEndsTheListing() {
        store.listing = token -> token == null ? page("t0", "c1", "c2") : page(token + "+", "c1", "c2");

        assertThatThrownBy(this::listedIds)
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("provider 'alpha'")
                .hasMessageContaining("the same page twice");
        assertThat(store.calls("connections.list")).isEqualTo(2);
    }

    @Test
    void aListingThatGoesOnPastThePageCapEnds() {
        store.listing = token -> {
            int number = token == null ? 0 : Integer.parseInt(token) + 1;
            return page(Integer.toString(number), "c" + number);
        };

        assertThatThrownBy(this::listedIds)
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("provider 'alpha'")
                .hasMessageContaining("went on past " + PageGuard.MAX_PAGES + " pages");
        assertThat(store.calls("connections.list")).isEqualTo(PageGuard.MAX_PAGES + 1);
    }

    @Test
    void anItemListedOnTwoPagesEndsTheListingAsRetryableAfterTheItemsAlreadyRead() {
        store.listing = token -> token == null ? page("a", "c1", "c2") : token.equals("a") ? page("b", "c2", "c3")
                : page(null, "c4");
        List<String> seen = new java.util.ArrayList<>();

        assertThatThrownBy(() -> client.connections().list().stream().map(Connection::id).forEach(seen::add))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.context().retryable()).isTrue())
                .hasMessageContaining("connections c2 twice");
        assertThat(seen).as("what was handed out before the repeat").containsExactly("c1", "c2");
        assertThat(store.calls("connections.list")).isEqualTo(2);
    }

    @Test
    void aWellBehavedListingIsReadToItsEnd() {
        store.listing = token -> token == null ? page("a", "c1") : token.equals("a") ? page("b", "c2") : page(null, "c3");

        assertThat(listedIds()).containsExactly("c1", "c2", "c3");
        assertThat(store.calls("connections.list")).isEqualTo(3);
    }
}
