package io.dclink.temporal;

import io.dclink.DirectConnect;
import io.dclink.RateLimitOptions;
import io.dclink.RetryOptions;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.Emulators;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A time-skipping Temporal test server, one provider's emulator on loopback with its clock kept
 * with the server's, a dclink client of it and a worker running the workflows on that client.
 */
final class TemporalWorld implements AutoCloseable {

    static final String QUEUE = "dclink-lines";

    final List<Emulator> emulators = new ArrayList<>();
    final Map<String, DirectConnect> clients = new LinkedHashMap<>();
    final Emulator emulator;
    final DirectConnect client;
    final TestWorkflowEnvironment env;
    private final EmulatedTime time;
    private WorkerFactory factory;

    TemporalWorld(String provider, boolean sdkRetries) {
        this(sdkRetries, provider);
    }

    /** The world of several providers' emulators, the first one's being {@link #emulator}. */
    TemporalWorld(boolean sdkRetries, String... providers) {
        // Requests are signed on real time: the emulated clock jumps while other requests are on the wire.
        EmulatorOptions defaults = EmulatorOptions.defaults();
        for (String provider : providers) {
            Emulator started = Emulators.forProvider(provider).create(new EmulatorOptions(0, defaults.keys(),
                    defaults.clockStart(), defaults.region(), Clock.systemUTC())).start();
            emulators.add(started);
            clients.put(provider, started.clientBuilder().clock(Clock.systemUTC()).rateLimit(new RateLimitOptions(10_000))
                    .retry(sdkRetries ? RetryOptions.defaults() : RetryOptions.disabled()).build());
        }
        emulator = emulators.get(0);
        client = clients.get(providers[0]);
        time = new EmulatedTime(emulators.stream().map(Emulator::clock).toList());
        env = TestWorkflowEnvironment.newInstance();
        startWorker();
    }

    private void startWorker() {
        // No workflow cache: every workflow task replays the history on a new workflow object, as a
        // restarted worker does, so every test also shows that a restart orders nothing again.
        factory = WorkerFactory.newInstance(env.getWorkflowClient(),
                WorkerFactoryOptions.newBuilder().setWorkerInterceptors(time).setWorkflowCacheSize(0).build());
        // A shared build machine may not schedule a workflow thread for a second: that is no deadlock.
        Worker worker = factory.newWorker(QUEUE, WorkerOptions.newBuilder().setDefaultDeadlockDetectionTimeout(30_000).build());
        DclinkWorkflows.register(worker, WorkerClients.of(clients), new SamplePrivateInputs(emulators));
        factory.start();
    }

    WorkflowClient workflows() {
        return env.getWorkflowClient();
    }

    <T> T newWorkflow(Class<T> type, String id) {
        return workflows().newWorkflowStub(type, WorkflowOptions.newBuilder().setTaskQueue(QUEUE).setWorkflowId(id).build());
    }

    @Override
    public void close() {
        factory.shutdownNow();
        env.close();
        clients.values().forEach(DirectConnect::close);
        emulators.forEach(Emulator::close);
    }
}
