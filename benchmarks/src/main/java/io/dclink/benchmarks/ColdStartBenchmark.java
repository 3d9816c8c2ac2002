package io.dclink.benchmarks;

import java.nio.charset.StandardCharsets;
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
 * Cold start to the first answer: each invocation starts a fresh JVM ({@link ColdStart}) that builds
 * a client and reads one line from the replaying server. The score is the whole process's wall
 * time; the secondary results are the JVM's uptime at the answer and the classes loaded by then.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ColdStartBenchmark {

    /** The client: {@code <provider>-<dclink|official>}. */
    @Param({"tencent-dclink", "tencent-official", "alibaba-dclink", "alibaba-official"})
    public String client;

    /** What one fresh JVM reported. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Started {
        /** JVM uptime when the answer arrived. */
        public long uptimeMillis;
        /** Classes loaded by then. */
        public long classes;
    }

    /**
     * One cold start.
     *
     * @param servers the servers
     * @param started where the JVM's figures go
     * @return the JVM's exit code
     * @throws Exception if it cannot run
     */
    @Benchmark
    public int coldStart(Servers servers, Started started) throws Exception {
        String provider = client.substring(0, client.indexOf('-'));
        String kind = client.substring(client.indexOf('-') + 1);
        Process process = new ProcessBuilder(ServerProcess.java(), "-Xshare:auto",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                ColdStart.class.getName(), kind, provider, Integer.toString(servers.port("replay." + provider)),
                servers.get("region." + provider), servers.get("line." + provider))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0 || !output.contains("answered ")) {
            throw new IllegalStateException("the cold start of " + client + " failed: " + output);
        }
        for (String pair : output.substring(output.indexOf("answered ") + 9).trim().split(" ")) {
            String[] kv = pair.split("=");
            if (kv[0].equals("uptimeMillis")) {
                started.uptimeMillis = Long.parseLong(kv[1]);
            } else if (kv[0].equals("classes")) {
                started.classes = Long.parseLong(kv[1]);
            }
        }
        return exit;
    }
}
