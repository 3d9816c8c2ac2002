package io.dclink.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The servers of one trial, in their own process: a JMH state the benchmark methods take. */
@State(Scope.Benchmark)
public class Servers {

    private ServerProcess process;

    /**
     * Starts them.
     *
     * @throws Exception if they cannot start
     */
    @Setup(Level.Trial)
    public void start() throws Exception {
        process = ServerProcess.start();
    }

    /**
     * Stops them.
     *
     * @throws Exception if interrupted
     */
    @TearDown(Level.Trial)
    public void stop() throws Exception {
        process.close();
    }

    int port(String name) {
        return process.port(name);
    }

    String get(String key) {
        return process.get(key);
    }
}
