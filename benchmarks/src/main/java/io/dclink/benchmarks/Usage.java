package io.dclink.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the benchmark's process uses now: threads, connections to a port, heap. */
final class Usage {

    private Usage() {
    }

    static int threads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    /** Established TCP connections to a loopback port, from {@code /proc/net/tcp} (0 where there is none). */
    static int connectionsTo(int port) {
        String remote = String.format(Locale.ROOT, ":%04X", port);
        int count = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length > 3 && fields[2].endsWith(remote) && fields[3].equals("01")) {
                        count++;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux
            }
        }
        return count;
    }

    static long heapUsedBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The heap still in use after a full collection. */
    static long liveHeapBytes() {
        System.gc();
        System.gc();
        return heapUsedBytes();
    }
}
