package io.dclink.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.RetryOptions;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.PluginClassLoaders;
import io.dclink.core.testserver.GammaCloud;
import io.dclink.core.testserver.TinyServer;
import io.dclink.core.testserver.TinyServer.Answer;
import io.dclink.core.testserver.TinyServer.Drop;
import io.dclink.core.testserver.TinyServer.Pass;
import io.dclink.core.testserver.TinyServer.Respond;
import io.dclink.error.UnsupportedCapabilityException;
import io.dclink.error.ValidationException;
import io.dclink.interceptor.AttemptContext;
import io.dclink.interceptor.Interceptor;
import io.dclink.interceptor.OperationContext;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.Connection;
import io.dclink.model.CreateConnectionRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User interceptors: where their hooks run, in which order and how often, over real HTTP on loopback. */
class InterceptorTest {

    private static final String CONNECTION = "{\"id\":\"g-1\",\"name\":\"line\",\"key\":\"k\"}";

    @TempDir
    Path dir;

    private TinyServer server;
    private final GammaCloud cloud = new GammaCloud();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private DirectConnect client;

    @BeforeEach
    void start() throws IOException {
        server = new TinyServer();
        server.handler(cloud::handle);
        cloud.put("g-1", CONNECTION);
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        server.close();
    }

    private DirectConnect client(Interceptor... interceptors) {
        var builder = DirectConnect.builder().classLoader(PluginClassLoaders.withGamma(dir)).provider("gamma")
                .region("r1").credentials(Credentials.accessKey("GAMMAKEYID", "gamma-secret")).endpoint(server.uri())
                .retry(new RetryOptions(3, Duration.ofMillis(1), Duration.ofMillis(5)));
        for (Interceptor interceptor : interceptors) {
            builder.interceptor(interceptor);
        }
        client = builder.build();
        return client;
    }

    /** Records every hook as "name hook detail". */
    private final class Recorder implements Interceptor {

        private final String name;

        Recorder(String name) {
            this.name = name;
        }

        @Override
        public void beforeOperation(OperationContext operation) {
            events.add(name + " beforeOperation " + operation.operation());
        }

        @Override
        public void afterOperation(OperationContext operation, Object result) {
            events.add(name + " afterOperation " + operation.operation());
        }

        @Override
        public void onOperationFailure(OperationContext operation, RuntimeException failure) {
            events.add(name + " onOperationFailure " + operation.operation() + " " + failure.getClass().getSimpleName());
        }

        @Override
        public void beforeAttempt(AttemptContext attempt) {
            events.add(name + " beforeAttempt " + attempt.action() + " #" + attempt.attempt());
        }

        @Override
        public void afterAttempt(AttemptContext attempt) {
            events.add(name + " afterAttempt " + attempt.action() + " #" + attempt.attempt() + " "
                    + (attempt.statusCode().isPresent() ? attempt.statusCode().getAsInt() : "no answer"));
        }
    }

    private List<String> of(String name) {
        return events.stream().filter(event -> event.startsWith(name + " ")).map(event -> event.substring(name.length() + 1))
                .collect(java.util.stream.Collectors.toList());
    }

    @Test
    void beforeHooksRunInRegistrationOrderAndAfterHooksInReverse() {
        client(new Recorder("A"), new Recorder("B")).connections().get("g-1");

        assertThat(events).containsExactly(
                "A beforeOperation CONNECTION_GET",
                "B beforeOperation CONNECTION_GET",
                "A beforeAttempt GetConnection #1",
                "B beforeAttempt GetConnection #1",
                "B afterAttempt GetConnection #1 200",
                "A afterAttempt GetConnection #1 200",
                "B afterOperation CONNECTION_GET",
                "A afterOperation CONNECTION_GET");
    }

    @Test
    void operationHooksRunOncePerPublicCallWhateverItsAttempts() {
        List<OperationContext> seen = new CopyOnWriteArrayList<>();
        List<Object> results = new CopyOnWriteArrayList<>();
        Interceptor timer = new Interceptor() {
            @Override
            public void beforeOperation(OperationContext operation) {
                operation.attributes().put("timer.started", "yes");
            }

            @Override
            public void afterOperation(OperationContext operation, Object result) {
                seen.add(operation);
                results.add(operation.attributes().get("timer.started") + " " + result);
            }
        };
        client(new Recorder("A"), timer);
        server.then(new Pass(), new Drop(true));
        CreateConnectionRequest request = CreateConnectionRequest.builder().name("line").accessPointId("ap")
                .idempotencyKey("key-intercepted").build();

        Connection created = client.connections().create(request);

        assertThat(of("A")).containsExactly(
                "beforeOperation CONNECTION_CREATE",
                "beforeAttempt ListConnections #1",
                "afterAttempt ListConnections #1 200",
                "beforeAttempt CreateConnection #1",
                "afterAttempt CreateConnection #1 no answer",
                "beforeAttempt ListConnections #1",
                "afterAttempt ListConnections #1 200",
                "afterOperation CONNECTION_CREATE");
        assertThat(seen).hasSize(1);
        OperationContext operation = seen.get(0);
        assertThat(operation.provider()).isEqualTo("gamma");
        assertThat(operation.operation()).isEqualTo("CONNECTION_CREATE");
        assertThat(operation.capability()).isEqualTo(Capability.CONNECTION_CREATE);
        assertThat(operation.resource()).isEqualTo(ResourceType.CONNECTION);
        assertThat(operation.input()).isSameAs(request);
        assertThat(results).containsExactly("yes " + created);
    }

    @Test
    void aLocalFailureIsReportedToTheFailureHookAndNothingIsSent() {
        List<RuntimeException> failures = new CopyOnWriteArrayList<>();
        client(new Recorder("A"), new Interceptor() {
            @Override
            public void onOperationFailure(OperationContext operation, RuntimeException failure) {
                failures.add(failure);
            }
        });

        Throwable invalid = org.assertj.core.api.Assertions.catchThrowable(
                () -> client.connections().create(CreateConnectionRequest.builder().accessPointId("ap").build()));
        Throwable unsupported = org.assertj.core.api.Assertions.catchThrowable(() -> client.connections().delete("g-1"));

        assertThat(invalid).isInstanceOf(ValidationException.class).hasMessageContaining("name");
        assertThat(unsupported).isInstanceOf(UnsupportedCapabilityException.class);
        assertThat(failures).containsExactly((RuntimeException) invalid, (RuntimeException) unsupported);
        assertThat(of("A")).containsExactly(
                "beforeOperation CONNECTION_CREATE",
                "onOperationFailure CONNECTION_CREATE ValidationException",
                "beforeOperation CONNECTION_DELETE",
                "onOperationFailure CONNECTION_DELETE UnsupportedCapabilityException");
        assertThat(server.received()).isEmpty();
    }

    @Test
    void everyHttpAttemptIsSeenIncludingRetries() {
        server.then(new Respond(new Answer(503, Map.of(), "")));
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        List<Long> elapsed = new CopyOnWriteArrayList<>();
        client(new Recorder("A"), new Interceptor() {
            @Override
            public void afterAttempt(AttemptContext attempt) {
                statuses.add(attempt.statusCode().orElse(-1));
                elapsed.add(attempt.elapsedNanos());
            }
        });

        assertThat(client.connections().get("g-1").id()).isEqualTo("g-1");

        assertThat(server.count("GET")).isEqualTo(2);
        assertThat(of("A")).filteredOn(event -> event.startsWith("beforeAttempt"))
                .containsExactly("beforeAttempt GetConnection #1", "beforeAttempt GetConnection #2");
        assertThat(statuses).containsExactly(503, 200);
        assertThat(elapsed).hasSize(2).allMatch(nanos -> nanos > 0);
        assertThat(of("A")).filteredOn(event -> event.endsWith("Operation CONNECTION_GET")).hasSize(2);
    }

    @Test
    void aHeaderAddedBeforeAnAttemptIsSentWithThatAttempt() {
        server.then(new Respond(new Answer(503, Map.of(), "")));
        List<String> refused = new CopyOnWriteArrayList<>();
        client(new Interceptor() {
            @Override
            public void beforeAttempt(AttemptContext attempt) {
                attempt.addHeader("X-Trace-Id", "trace-" + attempt.attempt());
                for (String[] bad : new String[][] {{"Authorization", "forged"}, {"Connection", "close"},
                        {"Content-Length", "1"}, {"X-Bad Name", "v"}, {"X-Bad-Value", "line\nbreak"}}) {
                    try {
                        attempt.addHeader(bad[0], bad[1]);
                    } catch (IllegalArgumentException e) {
                        refused.add(bad[0]);
                    }
                }
            }
        });

        client.connections().get("g-1");

        assertThat(server.received()).extracting(r -> r.header("X-Trace-Id")).containsExactly("trace-1", "trace-2");
        assertThat(server.received()).extracting(r -> r.header("Authorization"))
                .allMatch(value -> value.startsWith("GAMMA GAMMAKEYID:"));
        assertThat(refused).as("refused on each of the two attempts, so the call still succeeds").hasSize(10)
                .containsOnly("Authorization", "Connection", "Content-Length", "X-Bad Name", "X-Bad-Value");
    }

    @Test
    void anInterceptorThatThrowsDoesNotBreakTheCallOrTheOtherInterceptors() {
        Interceptor broken = new Interceptor() {
            @Override
            public void beforeOperation(OperationContext operation) {
                throw new IllegalStateException("interceptor bug");
            }

            @Override
            public void afterOperation(OperationContext operation, Object result) {
                throw new IllegalStateException("interceptor bug");
            }

            @Override
            public void onOperationFailure(OperationContext operation, RuntimeException failure) {
                throw new IllegalStateException("interceptor bug");
            }

            @Override
            public void beforeAttempt(AttemptContext attempt) {
                throw new IllegalStateException("interceptor bug");
            }

            @Override
            public void afterAttempt(AttemptContext attempt) {
                throw new IllegalStateException("interceptor bug");
            }
        };
        client(broken, new Recorder("A"));

        assertThat(client.connections().get("g-1").id()).isEqualTo("g-1");
        assertThatThrownBy(() -> client.connections().create(CreateConnectionRequest.builder().build()))
                .isInstanceOf(ValidationException.class);

        assertThat(of("A")).containsExactly(
                "beforeOperation CONNECTION_GET",
                "beforeAttempt GetConnection #1",
                "afterAttempt GetConnection #1 200",
                "afterOperation CONNECTION_GET",
                "beforeOperation CONNECTION_CREATE",
                "onOperationFailure CONNECTION_CREATE ValidationException");
    }
}
