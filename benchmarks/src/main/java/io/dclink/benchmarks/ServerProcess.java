package io.dclink.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** {@link BenchServer} in a child process, and what it reported when ready. */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final Map<String, String> ready = new HashMap<>();

    private ServerProcess(Process process, String readyLine) {
        this.process = process;
        for (String pair : readyLine.substring("ready ".length()).split(" ")) {
            int equals = pair.indexOf('=');
            ready.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
    }

    static ServerProcess start() throws IOException {
        Process process = new ProcessBuilder(java(), "-Xmx2g", "-XX:+UseSerialGC", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), BenchServer.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("ready ")) {
                return new ServerProcess(process, line);
            }
        }
        process.destroyForcibly();
        throw new IOException("the benchmark servers did not start");
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    String get(String key) {
        String value = ready.get(key);
        if (value == null) {
            throw new IllegalArgumentException("the servers reported no " + key + ": " + ready);
        }
        return value;
    }

    int port(String key) {
        return Integer.parseInt(get(key));
    }

    @Override
    public void close() throws InterruptedException {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // already gone
        }
        process.destroy();
        process.waitFor();
    }
}
