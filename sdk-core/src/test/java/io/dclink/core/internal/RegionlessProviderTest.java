package io.dclink.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.dclink.DirectConnect;
import io.dclink.ProviderInfo;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.AlphaStore;
import io.dclink.core.testplugin.OmegaProvider;
import io.dclink.core.testplugin.PluginClassLoaders;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.model.ConnectionQuery;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A provider with one account-wide API is built without a region, and refuses one. */
class RegionlessProviderTest {

    @TempDir
    Path dir;

    private final AlphaStore store = AlphaStore.create();

    private ClassLoader withOmega() {
        return PluginClassLoaders.withAdditionalPlugins(dir, OmegaProvider.class.getName());
    }

    @Test
    void aRegionlessProviderIsBuiltWithoutARegionAndWorks() {
        try (DirectConnect client = DirectConnect.builder().classLoader(withOmega()).provider("omega")
                .credentials(Credentials.accessKey("id", "secret")).property("store", store.id).build()) {
            assertThat(client.region()).isEmpty();
            assertThat(client.provider().regional()).isFalse();
            assertThat(client.connections().list(ConnectionQuery.all()).stream()).isEmpty();
            assertThat(client.toString()).contains("region=(none)");
        }
    }

    @Test
    void aRegionGivenToARegionlessProviderIsRefused() {
        assertThatThrownBy(() -> DirectConnect.builder().classLoader(withOmega()).provider("omega").region("r1")
                        .credentials(Credentials.accessKey("id", "secret")).property("store", store.id).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::message)
                        .containsExactly(tuple("region", "omega has no regions; do not set one")));
    }

    @Test
    void discoveryTellsWhichProvidersHaveRegions() {
        assertThat(new CoreRuntime().installedProviders(withOmega())).extracting(ProviderInfo::id, ProviderInfo::regional)
                .contains(tuple("omega", false), tuple("alpha", true));
    }
}
