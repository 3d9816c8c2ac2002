package io.dclink.benchmarks;

import java.lang.management.ManagementFactory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CPU time the benchmark's process spent per iteration, and the calls it made, reported as JMH
 * secondary results; their quotient is the CPU per call (the servers run in another process).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuCounters {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Process CPU nanoseconds since the iteration began, as of the last call. */
    public long cpuNanos;
    /** Calls made in the iteration. */
    public long calls;
    private long start;

    /** Starts counting an iteration. */
    @Setup(Level.Iteration)
    public void begin() {
        cpuNanos = 0;
        calls = 0;
        start = OS.getProcessCpuTime();
    }

    /** Counts one call, and the CPU time so far. */
    void called() {
        calls++;
        cpuNanos = OS.getProcessCpuTime() - start;
    }
}
