package io.dclink.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.DirectConnect;
import io.dclink.RateLimitOptions;
import io.dclink.error.QuotaExceededException;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.Connection;
import io.dclink.testkit.StandaloneEmulator;
import io.dclink.testkit.emulator.Emulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The servers of the benchmarks, in a process of their own so that the benchmark's process spends
 * its CPU on the client only. For Tencent, Alibaba and JD Cloud it starts the emulator, orders 100
 * lines on it (as many as the quota allows: 10 on JD Cloud), and puts a {@link ReplayServer} in front of it; for Tencent also a line that is
 * active (for waits) and a replay server that synthesizes a listing of 100,000 lines (for
 * streaming). It prints one line {@code ready key=value ...} and runs until its input closes.
 */
public final class BenchServer {

    static final int LINES = 100;
    static final int STREAMED = 100_000;

    private BenchServer() {
    }

    /**
     * Starts the servers.
     *
     * @param args none
     * @throws Exception if a server cannot start
     */
    public static void main(String[] args) {
        try {
            start();
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void start() throws Exception {
        Map<String, String> ready = new LinkedHashMap<>();
        for (String provider : List.of("tencent", "alibaba", "jdcloud")) {
            Emulator emulator = StandaloneEmulator.start(provider, 0, Map.of());
            ready.put("emulator." + provider, Integer.toString(emulator.baseUri().getPort()));
            ready.put("region." + provider, emulator.region());
            try (DirectConnect seeding = emulator.clientBuilder().clock(java.time.Clock.systemUTC())
                    .rateLimit(new RateLimitOptions(10_000)).build()) {
                String first = null;
                for (int i = 0; i < LINES; i++) {
                    try {
                        Connection line = seeding.connections().create(emulator.sampleOrder().connection("bench-line-" + i));
                        first = first == null ? line.id() : first;
                    } catch (QuotaExceededException e) {
                        break; // JD Cloud's emulator allows 10 lines, its documented default quota
                    }
                }
                ready.put("line." + provider, first);
                if (provider.equals("tencent")) {
                    String active = seeding.connections().create(emulator.sampleOrder().connection("bench-active")).id();
                    emulator.operator().approve(active);
                    emulator.operator().markPaid(active);
                    emulator.operator().completeConstruction(active);
                    ready.put("activeLine.tencent", active);
                    ready.put("stream.tencent", Integer.toString(streamServer(emulator, seeding).port()));
                }
            }
            ready.put("replay." + provider, Integer.toString(new ReplayServer(emulator.baseUri().getPort(),
                    request -> Optional.empty()).port()));
        }
        System.out.println("ready " + ready.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" ")));
        System.out.flush();
        System.in.transferTo(java.io.OutputStream.nullOutputStream());
        System.exit(0);
    }

    /**
     * A Tencent server that answers every listing of lines with pages of {@link #STREAMED} distinct
     * lines, copied from a real page of the emulator's.
     */
    private static ReplayServer streamServer(Emulator emulator, DirectConnect seeding) throws IOException {
        Synthesized lines = new Synthesized();
        ReplayServer server = new ReplayServer(emulator.baseUri().getPort(), lines::answer);
        try (DirectConnect learning = DirectConnect.builder().provider("tencent").region(emulator.region())
                .credentials(emulator.testCredentials()).endpoint(java.net.URI.create("http://127.0.0.1:" + server.port()))
                .rateLimit(new RateLimitOptions(10_000)).build()) {
            learning.connections().list().pages().iterator().next();
        }
        lines.template = (ArrayNode) Synthesized.JSON.readTree(server.recorded("DescribeDirectConnects").body())
                .path("Response").path("DirectConnectSet");
        if (lines.template.isEmpty()) {
            throw new IllegalStateException("no page of lines was learnt; lines on the emulator: "
                    + emulator.operator().count(ResourceType.CONNECTION));
        }
        return server;
    }

    /** Pages of synthesized lines, once a real page is learnt. */
    private static final class Synthesized {
        private static final ObjectMapper JSON = new ObjectMapper();
        volatile ArrayNode template;

        Optional<ReplayServer.Answer> answer(ReplayServer.Request request) {
            if (!"DescribeDirectConnects".equals(request.header("x-tc-action"))) {
                return Optional.empty();
            }
            try {
                JsonNode params = JSON.readTree(request.body());
                if (params.has("DirectConnectIds") || template == null) {
                    return Optional.empty();
                }
                int offset = params.path("Offset").asInt(0);
                int limit = Math.min(params.path("Limit").asInt(20), Math.max(0, STREAMED - offset));
                ObjectNode response = JSON.createObjectNode();
                ObjectNode body = response.putObject("Response");
                body.put("TotalCount", STREAMED);
                ArrayNode set = body.putArray("DirectConnectSet");
                for (int i = 0; i < limit; i++) {
                    ObjectNode line = ((ObjectNode) template.get(i % template.size())).deepCopy();
                    line.put("DirectConnectId", String.format("dc-%08d", offset + i));
                    set.add(line);
                }
                body.put("AllSignLaw", true).put("RequestId", "stream-" + offset);
                return Optional.of(new ReplayServer.Answer(200, "application/json",
                        JSON.writeValueAsString(response).getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }
}
