package io.dclink.benchmarks;

import io.dclink.DirectConnect;
import io.dclink.RateLimitOptions;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.model.Connection;
import io.dclink.wait.WaitResult;
import io.dclink.wait.WaitSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * 10,000 concurrent waits for an active Tencent line on the replaying server, with the client's
 * default settings but for the rate limit ({@code rate}, permits per second per action: at the
 * default 20 the 10,000 first polls alone take 500 s). Secondary results: failed waits, the most
 * threads and connections to the server at once, and the most heap in use.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class WaitsBenchmark {

    static final int WAITS = 10_000;

    /** Permits per second per action. */
    @Param({"10000"})
    public int rate;

    /** Peaks of one run. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Peaks {
        /** Waits that failed. */
        public long failures;
        /** Threads added to the process, at most. */
        public long threads;
        /** Connections to the server, at most. */
        public long connections;
        /** Heap in use, at most, in MiB. */
        public long heapMiB;
    }

    /**
     * One run of 10,000 waits.
     *
     * @param servers the servers
     * @param peaks where the peaks go
     * @return the waits that succeeded
     * @throws InterruptedException if interrupted
     */
    @Benchmark
    public long tenThousandWaits(Servers servers, Peaks peaks) throws InterruptedException {
        int port = servers.port("replay.tencent");
        String line = servers.get("activeLine.tencent");
        int threadsBefore = Usage.threads();
        long heapBefore = Usage.heapUsedBytes();
        try (DirectConnect client = Clients.dclink("tencent", servers.get("region.tencent"), port)
                .rateLimit(new RateLimitOptions(rate)).build()) {
            List<CompletableFuture<WaitResult<Connection>>> waits = new ArrayList<>(WAITS);
            WaitSpec<ConnectionState> spec = WaitSpec.until(ConnectionState.ACTIVE).timeout(Duration.ofHours(1));
            for (int i = 0; i < WAITS; i++) {
                waits.add(client.connections().waitAsync(line, spec));
            }
            CompletableFuture<Void> all = CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new))
                    .exceptionally(failure -> null);
            long threads = 0;
            long connections = 0;
            long heap = heapBefore;
            while (!all.isDone()) {
                threads = Math.max(threads, Usage.threads() - threadsBefore);
                connections = Math.max(connections, Usage.connectionsTo(port));
                heap = Math.max(heap, Usage.heapUsedBytes());
                Thread.sleep(10);
            }
            peaks.failures = waits.stream().filter(CompletableFuture::isCompletedExceptionally).count();
            peaks.threads = threads;
            peaks.connections = connections;
            peaks.heapMiB = heap >> 20;
            return WAITS - peaks.failures;
        }
    }
}
