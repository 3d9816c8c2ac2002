package io.dclink.benchmarks;

import com.aliyun.vpc20160428.models.DescribePhysicalConnectionsRequest;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.CommonRequest;
import io.dclink.DirectConnect;
import io.dclink.RateLimitOptions;
import io.dclink.model.Connection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A warm read of one line, and of the first page of the line listing (100 lines; 50 for Alibaba,
 * its largest page), by dclink and by the official clients, on the emulators or on the replaying
 * loopback server. The rate limit is raised: the benchmark measures the client, not the limiter.
 * The official Tencent client answers raw text, which is parsed here (into a Gson tree) to compare
 * like with like; dclink maps the answer to its model.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class WarmCallBenchmark {

    /** Where the answers come from: {@code emulator} or {@code replay}. */
    @Param({"replay", "emulator"})
    public String server;

    private ServerProcess servers;
    private DirectConnect tencent;
    private DirectConnect alibaba;
    private DirectConnect jdcloud;
    private CommonClient officialTencent;
    private com.aliyun.vpc20160428.Client officialAlibaba;
    private String tencentLine;
    private String alibabaLine;
    private String jdcloudLine;
    private String alibabaRegion;

    /**
     * Starts the servers and the clients.
     *
     * @throws Exception if they cannot start
     */
    @Setup(Level.Trial)
    public void start() throws Exception {
        servers = ServerProcess.start();
        tencent = dclink("tencent");
        alibaba = dclink("alibaba");
        jdcloud = dclink("jdcloud");
        officialTencent = Clients.tencent(servers.get("region.tencent"), port("tencent"));
        alibabaRegion = servers.get("region.alibaba");
        officialAlibaba = Clients.alibaba(alibabaRegion, port("alibaba"));
        tencentLine = servers.get("line.tencent");
        alibabaLine = servers.get("line.alibaba");
        jdcloudLine = servers.get("line.jdcloud");
    }

    private int port(String provider) {
        return servers.port(server + "." + provider);
    }

    private DirectConnect dclink(String provider) {
        return Clients.dclink(provider, servers.get("region." + provider), port(provider))
                .rateLimit(new RateLimitOptions(1_000_000)).build();
    }

    /**
     * Stops them.
     *
     * @throws Exception if stopping fails
     */
    @TearDown(Level.Trial)
    public void stop() throws Exception {
        tencent.close();
        alibaba.close();
        jdcloud.close();
        servers.close();
    }

    /** @return the line */
    @Benchmark
    public Connection tencentGetDclink(CpuCounters cpu) {
        Connection line = tencent.connections().get(tencentLine);
        cpu.called();
        return line;
    }

    /** @return the line, parsed
     * @throws Exception if the call fails */
    @Benchmark
    public JsonObject tencentGetOfficial(CpuCounters cpu) throws Exception {
        String answer = officialTencent.commonRequest(
                new CommonRequest("{\"DirectConnectIds\":[\"" + tencentLine + "\"]}"), "DescribeDirectConnects");
        JsonObject line = JsonParser.parseString(answer).getAsJsonObject().getAsJsonObject("Response")
                .getAsJsonArray("DirectConnectSet").get(0).getAsJsonObject();
        cpu.called();
        return line;
    }

    /** @return the page */
    @Benchmark
    public List<Connection> tencentListPageDclink(CpuCounters cpu) {
        List<Connection> page = tencent.connections().list().pages().iterator().next();
        cpu.called();
        return page;
    }

    /** @return the page, parsed
     * @throws Exception if the call fails */
    @Benchmark
    public JsonObject tencentListPageOfficial(CpuCounters cpu) throws Exception {
        String answer = officialTencent.commonRequest(new CommonRequest("{\"Offset\":0,\"Limit\":100}"), "DescribeDirectConnects");
        JsonObject page = JsonParser.parseString(answer).getAsJsonObject();
        cpu.called();
        return page;
    }

    /** @return the line */
    @Benchmark
    public Connection alibabaGetDclink(CpuCounters cpu) {
        Connection line = alibaba.connections().get(alibabaLine);
        cpu.called();
        return line;
    }

    /** @return the line
     * @throws Exception if the call fails */
    @Benchmark
    public Object alibabaGetOfficial(CpuCounters cpu) throws Exception {
        Object line = officialAlibaba.describePhysicalConnections(new DescribePhysicalConnectionsRequest()
                .setRegionId(alibabaRegion).setFilter(List.of(new DescribePhysicalConnectionsRequest
                        .DescribePhysicalConnectionsRequestFilter().setKey("PhysicalConnectionId").setValue(List.of(alibabaLine)))))
                .getBody().getPhysicalConnectionSet().getPhysicalConnectionType().get(0);
        cpu.called();
        return line;
    }

    /** @return the page */
    @Benchmark
    public List<Connection> alibabaListPageDclink(CpuCounters cpu) {
        List<Connection> page = alibaba.connections().list().pages().iterator().next();
        cpu.called();
        return page;
    }

    /** @return the page
     * @throws Exception if the call fails */
    @Benchmark
    public Object alibabaListPageOfficial(CpuCounters cpu) throws Exception {
        Object page = officialAlibaba.describePhysicalConnections(new DescribePhysicalConnectionsRequest()
                .setRegionId(alibabaRegion).setPageSize(50)).getBody().getPhysicalConnectionSet();
        cpu.called();
        return page;
    }

    /** @return the line */
    @Benchmark
    public Connection jdcloudGetDclink(CpuCounters cpu) {
        Connection line = jdcloud.connections().get(jdcloudLine);
        cpu.called();
        return line;
    }

    /** @return the page */
    @Benchmark
    public List<Connection> jdcloudListPageDclink(CpuCounters cpu) {
        List<Connection> page = jdcloud.connections().list().pages().iterator().next();
        cpu.called();
        return page;
    }
}
