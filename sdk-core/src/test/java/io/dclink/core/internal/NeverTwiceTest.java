package io.dclink.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.DirectConnect;
import io.dclink.RetryOptions;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.AlphaStore;
import io.dclink.core.testplugin.GammaTokenProvider;
import io.dclink.core.testplugin.PluginClassLoaders;
import io.dclink.core.testserver.GammaCloud;
import io.dclink.core.testserver.TinyServer.Answer;
import io.dclink.core.testserver.TinyServer.Delay;
import io.dclink.core.testserver.TinyServer.Pass;
import io.dclink.core.testserver.TinyServer.Respond;
import io.dclink.core.testserver.TinyServer;
import io.dclink.error.ErrorContext;
import io.dclink.error.InvalidStateException;
import io.dclink.error.OutcomeUnknownException;
import io.dclink.error.ProtocolException;
import io.dclink.error.ProviderErrorException;
import io.dclink.error.ThrottledException;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.Connection;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.ProviderState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Never order twice, never report a lie: creates whose outcome is unknown, deletes that already happened, reads that answer the wrong thing. */
class NeverTwiceTest {

    @TempDir
    Path dir;

    private final AlphaStore store = AlphaStore.create();
    private final DirectConnect alpha = DirectConnect.builder().provider("alpha").region("r1")
            .credentials(Credentials.accessKey("id", "secret")).property("store", store.id).build();
    private final GammaCloud cloud = new GammaCloud();
    private TinyServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TinyServer();
        server.handler(cloud::handle);
    }

    @AfterEach
    void stop() {
        alpha.close();
        server.close();
    }

    private DirectConnect gamma(String provider) {
        return DirectConnect.builder().classLoader(PluginClassLoaders.withGamma(dir)).provider(provider).region("r1")
                .credentials(Credentials.accessKey("GAMMAKEYID", "gamma-secret")).endpoint(server.uri())
                .requestTimeout(Duration.ofMillis(250)).idempotencyWindow(Duration.ofMillis(1500))
                .retry(new RetryOptions(3, Duration.ofMillis(1), Duration.ofMillis(10))).build();
    }

    private static CreateConnectionRequest line(String key) {
        return CreateConnectionRequest.builder().name("line").accessPointId("ap").carrier("c").idempotencyKey(key).build();
    }

    private Connection put(String id, ConnectionState state) {
        Connection connection = Connection.builder().provider("alpha").id(id).state(state)
                .requiredAction(RequiredAction.NONE).providerState(ProviderState.of(state.name())).build();
        store.connections.put(id, connection);
        return connection;
    }

    @Test
    void aCreateRepeatedWithTheCallersKeyReturnsTheFirstOrder() {
        Connection first = alpha.connections().create(line("order-42"));
        Connection second = alpha.connections().create(line("order-42"));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(store.calls("connections.create")).as("ordered once").isEqualTo(1);
    }

    @Test
    void aCreateSlowerThanTheTimeoutIsWaitedForInsteadOfOrderedAgain() {
        server.then(new Pass(), new Delay(700));
        try (DirectConnect client = gamma("gamma")) {
            int before = cloud.size();

            Connection created = client.connections().create(line("slow-1"));

            assertThat(server.count("POST")).as("one order").isEqualTo(1);
            assertThat(cloud.size()).isEqualTo(before + 1);
            assertThat(created.tags()).containsEntry("idempotency-key", "slow-1");
        }
    }

    @Test
    void aCreateWhoseAnswerCannotBeReadIsNotOrderedAgainAndSaysWhichKeyToRepeat() {
        server.then(new Pass(), new Respond(Answer.ok("{\"id\":")), new Pass());
        try (DirectConnect client = gamma("gamma")) {
            assertThatThrownBy(() -> client.connections().create(line("unreadable-1")))
                    .isInstanceOfSatisfying(OutcomeUnknownException.class,
                            e -> assertThat(e.idempotencyKey()).isEqualTo("unreadable-1"))
                    .hasCauseInstanceOf(ProtocolException.class);
            assertThat(server.count("POST")).isEqualTo(1);
        }
    }

    @Test
    void aTokenCreateWhoseAnswerCannotBeReadSaysWhichKeyToRepeat() {
        server.then(new Respond(Answer.ok("{\"id\": tru")));
        try (DirectConnect client = gamma(GammaTokenProvider.ID)) {
            assertThatThrownBy(() -> client.connections().create(line("token-unreadable")))
                    .isInstanceOfSatisfying(OutcomeUnknownException.class,
                            e -> assertThat(e.idempotencyKey()).isEqualTo("token-unreadable"));
            assertThat(server.count("POST")).isEqualTo(1);
        }
    }

    /** The order went through; what failed is the read that follows it: the error must not say "not ordered". */
    @Test
    void aCreateWhoseReadBackFailsAfterTheOrderWasAcceptedSaysItWasOrderedAndWhichKeyToRepeat() {
        Answer throttled = new Answer(429, Map.of(), "{\"error\":{\"code\":\"Throttled\",\"message\":\"slow down\"}}");
        for (String provider : List.of("gamma", GammaTokenProvider.ID)) {
            boolean looksFirst = provider.equals("gamma");
            server.then(looksFirst
                    ? new TinyServer.Step[] {new Pass(), new Pass(), new Respond(throttled), new Respond(throttled), new Respond(throttled)}
                    : new TinyServer.Step[] {new Pass(), new Respond(throttled), new Respond(throttled), new Respond(throttled)});
            long ordersBefore = server.count("POST");
            try (DirectConnect client = DirectConnect.builder().classLoader(PluginClassLoaders.withGamma(dir))
                    .provider(provider).region("r1").credentials(Credentials.accessKey("GAMMAKEYID", "gamma-secret"))
                    .endpoint(server.uri()).property("readBack", "true")
                    .retry(new RetryOptions(3, Duration.ofMillis(1), Duration.ofMillis(10))).build()) {
                assertThatThrownBy(() -> client.connections().create(line("read-back-" + provider)))
                        .as(provider)
                        .isInstanceOfSatisfying(OutcomeUnknownException.class,
                                e -> assertThat(e.idempotencyKey()).isEqualTo("read-back-" + provider))
                        .hasMessageContaining("the provider accepted a write of this call")
                        .hasCauseInstanceOf(ThrottledException.class);
                assertThat(server.count("POST") - ordersBefore).as("ordered once").isEqualTo(1);
            }
        }
    }

    @Test
    void deletingWhatIsAlreadyDeletingOrGoneIsDoneWithoutSendingAnything() {
        put("c-1", ConnectionState.DELETING);
        put("c-2", ConnectionState.ACTIVE);
        store.script("c-2", AlphaStore.GONE);

        alpha.connections().delete("c-1");
        alpha.connections().delete("c-2");

        assertThat(store.calls("connections.delete")).isZero();
    }

    @Test
    void aDeleteRefusedBecauseTheFirstAttemptTookEffectIsDone() {
        Connection active = put("c-3", ConnectionState.ACTIVE);
        store.script("c-3", active, active.toBuilder().state(ConnectionState.DELETING).build());
        store.deleteFailure = new InvalidStateException("only available lines can be deleted", ErrorContext.of("alpha"), null);

        alpha.connections().delete("c-3");

        assertThat(store.calls("connections.delete")).isEqualTo(1);
    }

    @Test
    void aDeleteRefusedForAnotherReasonStaysRefused() {
        put("c-4", ConnectionState.ACTIVE);
        store.deleteFailure = new InvalidStateException("it has interfaces", ErrorContext.of("alpha"), null);

        assertThatThrownBy(() -> alpha.connections().delete("c-4")).isSameAs(store.deleteFailure);
    }

    @Test
    void aReadThatAnswersAnotherResourceIsAProtocolError() {
        store.script("c-5", put("c-6", ConnectionState.ACTIVE));

        assertThatThrownBy(() -> alpha.connections().get("c-5")).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("asked for c-5").hasMessageContaining("c-6");
    }

    @Test
    void aPluginDefectIsATypedErrorShowingTheCallersFrames() {
        store.script("c-7", new IllegalStateException("plugin bug"));

        assertThatThrownBy(() -> alpha.connections().get("c-7"))
                .isInstanceOfSatisfying(ProviderErrorException.class, e -> {
                    assertThat(e.getCause()).hasMessage("plugin bug");
                    assertThat(Arrays.stream(e.getStackTrace()).map(StackTraceElement::getMethodName))
                            .contains("aPluginDefectIsATypedErrorShowingTheCallersFrames");
                    assertThat(e.getSuppressed()).anySatisfy(async -> assertThat(async).isInstanceOf(Calls.AsyncFrames.class));
                });
    }
}
