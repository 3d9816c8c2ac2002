package io.dclink.core.internal;

import io.dclink.DirectConnect;
import io.dclink.error.Problem;
import io.dclink.model.Connection;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.pair.PairingRules;
import io.dclink.pair.RedundantLinesOrder;
import io.dclink.spi.ProviderOperation;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What a redundant-pair order needs of a client this runtime built beyond its public API: the
 * plugin's pairing rules, its native redundant order, run through the client's one pipeline
 * (interceptors, capability, validation, idempotent create), and the client's scheduler and clock
 * for waits.
 */
public final class PairAccess {

    private final OperationPipeline pipeline;
    private final RuntimeServices services;

    private PairAccess(OperationPipeline pipeline, RuntimeServices services) {
        this.pipeline = pipeline;
        this.services = services;
    }

    /**
     * The access to a client.
     *
     * @param client a client {@code DirectConnect.builder()} built with this runtime
     * @return the access
     * @throws IllegalArgumentException for any other client
     */
    public static PairAccess of(DirectConnect client) {
        Objects.requireNonNull(client, "client");
        if (client.connections() instanceof ConnectionsFacade facade) {
            return new PairAccess(facade.pipeline(), facade.services());
        }
        throw new IllegalArgumentException("redundant pairs work on a client DirectConnect.builder() built with dclink's "
                + "runtime, not on " + client.getClass().getName());
    }

    /**
     * The plugin's pairing rules.
     *
     * @return the rules
     */
    public PairingRules rules() {
        return pipeline.descriptor().pairing();
    }

    /**
     * What is wrong with a line's application, as the pipeline would find before sending it: the shared
     * rules and the plugin's own, the plugin's problem replacing the shared one on the same field.
     *
     * @param request the application
     * @return the problems; empty when it would be sent
     */
    public List<Problem> problems(CreateConnectionRequest request) {
        return pipeline.problems(ProviderOperation.CONNECTION_CREATE, Objects.requireNonNull(request, "request"));
    }

    /**
     * What is wrong with a native redundant order, as the pipeline would find before sending it.
     *
     * @param order the order
     * @return the problems; empty when it would be sent
     */
    public List<Problem> problems(RedundantLinesOrder order) {
        return pipeline.problems(ProviderOperation.CONNECTION_REDUNDANT_ORDER, Objects.requireNonNull(order, "order"));
    }

    /**
     * Places the provider's native redundant order.
     *
     * @param order the order, with its idempotency key
     * @return the lines it made
     */
    public List<Connection> orderRedundantLines(RedundantLinesOrder order) {
        return pipeline.run(ProviderOperation.CONNECTION_REDUNDANT_ORDER, Objects.requireNonNull(order, "order"));
    }

    /**
     * The client's scheduler, which times waits' polls (and never runs one).
     *
     * @return the scheduler
     */
    public ScheduledExecutorService scheduler() {
        return services.scheduler();
    }

    /**
     * The client's clock, which waits' deadlines are measured on.
     *
     * @return the clock
     */
    public Clock clock() {
        return services.clock();
    }
}
