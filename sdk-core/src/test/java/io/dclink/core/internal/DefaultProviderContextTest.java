package io.dclink.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DefaultProviderContextTest {

    @Test
    void toStringNeitherFetchesCredentialsNorShowsVariables() {
        AtomicInteger fetches = new AtomicInteger();
        DefaultProviderContext context = new DefaultProviderContext(Optional.of("ap-guangzhou"),
                Optional.of(URI.create("http://127.0.0.1:1")), () -> {
                    fetches.incrementAndGet();
                    throw new IllegalStateException("a refresh over the network");
                }, Clock.systemUTC(), null, null, Map.of("token", "property-value"),
                Map.of("TENCENTCLOUD_SECRET_KEY", "env-secret-value"));

        assertThat(context.toString()).contains("region=ap-guangzhou", "endpoint=http://127.0.0.1:1")
                .doesNotContain("property-value", "env-secret-value");
        assertThat(fetches).as("credential fetches").hasValue(0);
    }
}
