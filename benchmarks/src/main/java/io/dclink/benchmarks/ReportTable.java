package io.dclink.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns JMH's JSON results into the Markdown tables of docs/performance.md: dclink against the
 * official clients, with their ratio (below 1 is better for dclink). Arguments: the JSON file, and
 * optionally a Markdown file whose {@code <!-- results -->} section is replaced by the tables, headed
 * by a description of the machine (the third argument).
 */
public final class ReportTable {

    private final List<JsonNode> results = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();

    private ReportTable(JsonNode all) {
        all.forEach(results::add);
    }

    /**
     * Prints the tables.
     *
     * @param args the JSON file JMH wrote
     * @throws IOException if it cannot be read
     */
    public static void main(String[] args) throws IOException {
        String tables = new ReportTable(new ObjectMapper().readTree(Path.of(args[0]).toFile())).render();
        System.out.print(tables);
        if (args.length >= 3) {
            Path doc = Path.of(args[1]);
            String block = "<!-- results -->\nMachine: " + args[2] + "\n" + tables + "<!-- /results -->";
            String text = java.nio.file.Files.readString(doc);
            int start = text.indexOf("<!-- results -->");
            int end = text.indexOf("<!-- /results -->");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException(doc + " has no <!-- results --> ... <!-- /results --> section");
            }
            java.nio.file.Files.writeString(doc, text.substring(0, start) + block + text.substring(end + "<!-- /results -->".length()));
        }
    }

    private String render() {
        warmCalls();
        coldStart();
        waits();
        streaming();
        return out.toString();
    }

    private void warmCalls() {
        for (String server : List.of("replay", "emulator")) {
            out.append("\n### Warm calls, ").append(server.equals("replay") ? "minimal loopback server (replayed answers)"
                    : "emulators").append("\n\n");
            out.append("| call | dclink median | official median | ratio | dclink CPU/call | official CPU/call | ratio |\n");
            out.append("|---|---|---|---|---|---|---|\n");
            for (String provider : List.of("tencent", "alibaba", "jdcloud")) {
                for (String call : List.of("Get", "ListPage")) {
                    Optional<JsonNode> ours = find("WarmCallBenchmark." + provider + call + "Dclink", "server", server);
                    Optional<JsonNode> theirs = find("WarmCallBenchmark." + provider + call + "Official", "server", server);
                    if (ours.isEmpty()) {
                        continue;
                    }
                    double ourMedian = median(ours.get());
                    double ourCpu = cpuMicrosPerCall(ours.get());
                    out.append("| ").append(provider).append(' ').append(call.equals("Get") ? "get" : "list page")
                            .append(" | ").append(micros(ourMedian));
                    if (theirs.isPresent()) {
                        double theirMedian = median(theirs.get());
                        double theirCpu = cpuMicrosPerCall(theirs.get());
                        out.append(" | ").append(micros(theirMedian)).append(" | ").append(ratio(ourMedian, theirMedian))
                                .append(" | ").append(micros(ourCpu)).append(" | ").append(micros(theirCpu))
                                .append(" | ").append(ratio(ourCpu, theirCpu));
                    } else {
                        out.append(" | (no official client) | — | ").append(micros(ourCpu)).append(" | — | — ");
                    }
                    out.append(" |\n");
                }
            }
        }
    }

    private void coldStart() {
        out.append("\n### Cold start to the first answer (a fresh JVM per run)\n\n");
        out.append("| provider | dclink process | official process | ratio | dclink classes | official classes | ratio |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (String provider : List.of("tencent", "alibaba")) {
            Optional<JsonNode> ours = find("ColdStartBenchmark.coldStart", "client", provider + "-dclink");
            Optional<JsonNode> theirs = find("ColdStartBenchmark.coldStart", "client", provider + "-official");
            if (ours.isEmpty() || theirs.isEmpty()) {
                continue;
            }
            double ourMillis = median(ours.get());
            double theirMillis = median(theirs.get());
            double ourClasses = perRun(ours.get(), "classes");
            double theirClasses = perRun(theirs.get(), "classes");
            out.append("| ").append(provider).append(" | ").append(String.format(Locale.ROOT, "%.0f ms", ourMillis))
                    .append(" | ").append(String.format(Locale.ROOT, "%.0f ms", theirMillis)).append(" | ")
                    .append(ratio(ourMillis, theirMillis)).append(" | ").append(String.format(Locale.ROOT, "%.0f", ourClasses))
                    .append(" | ").append(String.format(Locale.ROOT, "%.0f", theirClasses)).append(" | ")
                    .append(ratio(ourClasses, theirClasses)).append(" |\n");
        }
    }

    private void waits() {
        find("WaitsBenchmark.tenThousandWaits", null, null).ifPresent(run -> {
            out.append("\n### 10,000 concurrent waits (Tencent, replayed answers, rate limit ")
                    .append(run.path("params").path("rate").asText()).append("/s per action)\n\n");
            out.append("| time | failed | threads added (peak) | connections (peak) | heap used (peak) |\n|---|---|---|---|---|\n");
            out.append(String.format(Locale.ROOT, "| %.0f ms | %.0f | %.0f | %.0f | %.0f MiB |%n", median(run),
                    perRun(run, "failures"), perRun(run, "threads"), perRun(run, "connections"),
                    perRun(run, "heapMiB")));
        });
    }

    private void streaming() {
        Optional<JsonNode> ours = find("StreamingBenchmark.streamDclink", null, null);
        Optional<JsonNode> theirs = find("StreamingBenchmark.streamOfficial", null, null);
        if (ours.isEmpty() || theirs.isEmpty()) {
            return;
        }
        out.append("\n### Streaming 100,000 Tencent lines (100 a page)\n\n");
        out.append("| client | time | live heap at 10k | at 50k | at 100k |\n|---|---|---|---|---|\n");
        for (var row : List.of(List.of("dclink", ours.get()), List.of("official (Gson tree per page)", theirs.get()))) {
            JsonNode run = (JsonNode) row.get(1);
            out.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.1f MiB | %.1f MiB | %.1f MiB |%n", row.get(0),
                    median(run), perRun(run, "liveKiBAt10k") / 1024, perRun(run, "liveKiBAt50k") / 1024,
                    perRun(run, "liveKiBAt100k") / 1024));
        }
        out.append(String.format(Locale.ROOT, "%nTime ratio dclink/official: %s%n", ratio(median(ours.get()), median(theirs.get()))));
    }

    private Optional<JsonNode> find(String benchmark, String param, String value) {
        return results.stream()
                .filter(result -> result.path("benchmark").asText().endsWith(benchmark))
                .filter(result -> param == null || result.path("params").path(param).asText().equals(value))
                .findFirst();
    }

    private static double score(JsonNode result) {
        return result.path("primaryMetric").path("score").asDouble();
    }

    private static double median(JsonNode result) {
        JsonNode percentiles = result.path("primaryMetric").path("scorePercentiles");
        return percentiles.has("50.0") ? percentiles.path("50.0").asDouble() : score(result);
    }

    private static double secondary(JsonNode result, String name) {
        return result.path("secondaryMetrics").path(name).path("score").asDouble();
    }

    /**
     * The median over the runs of a figure one run reports (a peak, a count): JMH's score of such an
     * events counter is the sum over the runs.
     */
    private static double perRun(JsonNode result, String name) {
        List<Double> runs = new ArrayList<>();
        result.path("secondaryMetrics").path(name).path("rawData").forEach(fork -> fork.forEach(run -> runs.add(run.asDouble())));
        if (runs.isEmpty()) {
            return Double.NaN;
        }
        runs.sort(null);
        int middle = runs.size() / 2;
        return runs.size() % 2 == 1 ? runs.get(middle) : (runs.get(middle - 1) + runs.get(middle)) / 2;
    }

    private static double cpuMicrosPerCall(JsonNode result) {
        double calls = secondary(result, "calls");
        return calls == 0 ? Double.NaN : secondary(result, "cpuNanos") / calls / 1000;
    }

    private static String micros(double value) {
        return String.format(Locale.ROOT, "%,.0f µs", value);
    }

    private static String ratio(double ours, double theirs) {
        return theirs == 0 || Double.isNaN(ours) || Double.isNaN(theirs) ? "—" : String.format(Locale.ROOT, "%.2f", ours / theirs);
    }
}
