package io.dclink.benchmarks;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.CommonRequest;
import io.dclink.DirectConnect;
import io.dclink.RateLimitOptions;
import io.dclink.model.Connection;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Streaming 100,000 Tencent lines, 100 a page, from the synthesizing server: dclink's lazy listing
 * against the official client's pages parsed with Gson. The rate limit is raised (at the default 20
 * pages a second the 1,000 pages take 50 s). Secondary results: the live heap, after a full
 * collection, at 10,000, 50,000 and 100,000 lines, in KiB.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class StreamingBenchmark {

    /** Live heap at the checkpoints. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Heap {
        /** KiB live after 10,000 lines. */
        public long liveKiBAt10k;
        /** KiB live after 50,000 lines. */
        public long liveKiBAt50k;
        /** KiB live after 100,000 lines. */
        public long liveKiBAt100k;

        void at(long count) {
            if (count == 10_000) {
                liveKiBAt10k = Usage.liveHeapBytes() >> 10;
            } else if (count == 50_000) {
                liveKiBAt50k = Usage.liveHeapBytes() >> 10;
            } else if (count == 100_000) {
                liveKiBAt100k = Usage.liveHeapBytes() >> 10;
            }
        }
    }

    /**
     * @param servers the servers
     * @param heap the checkpoints
     * @return lines seen
     */
    @Benchmark
    public long streamDclink(Servers servers, Heap heap) {
        try (DirectConnect client = Clients.dclink("tencent", servers.get("region.tencent"), servers.port("stream.tencent"))
                .rateLimit(new RateLimitOptions(10_000)).build()) {
            long count = 0;
            for (Iterator<Connection> lines = client.connections().list().stream().iterator(); lines.hasNext(); ) {
                lines.next();
                heap.at(++count);
            }
            return count;
        }
    }

    /**
     * @param servers the servers
     * @param heap the checkpoints
     * @return lines seen
     * @throws Exception if a call fails
     */
    @Benchmark
    public long streamOfficial(Servers servers, Heap heap) throws Exception {
        CommonClient client = Clients.tencent(servers.get("region.tencent"), servers.port("stream.tencent"));
        long count = 0;
        for (int offset = 0; offset < BenchServer.STREAMED; offset += 100) {
            JsonObject page = JsonParser.parseString(client.commonRequest(
                    new CommonRequest("{\"Offset\":" + offset + ",\"Limit\":100}"), "DescribeDirectConnects"))
                    .getAsJsonObject().getAsJsonObject("Response");
            for (int i = 0; i < page.getAsJsonArray("DirectConnectSet").size(); i++) {
                heap.at(++count);
            }
        }
        return count;
    }
}
