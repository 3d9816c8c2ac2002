package io.dclink.benchmarks;

import com.aliyun.vpc20160428.models.DescribePhysicalConnectionsRequest;
import com.tencentcloudapi.common.CommonRequest;
import io.dclink.DirectConnect;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * One cold start, in a fresh JVM: build a client, read one line, print the JVM's uptime and the
 * classes it loaded by then, and exit. Arguments: {@code dclink|official provider port region line}.
 */
public final class ColdStart {

    private ColdStart() {
    }

    /**
     * Runs it.
     *
     * @param args client, provider, port, region and line id
     * @throws Exception if the read fails
     */
    public static void main(String[] args) throws Exception {
        String client = args[0];
        String provider = args[1];
        int port = Integer.parseInt(args[2]);
        String region = args[3];
        String line = args[4];
        String answer;
        if (client.equals("dclink")) {
            try (DirectConnect dclink = Clients.dclink(provider, region, port).build()) {
                answer = dclink.connections().get(line).id();
            }
        } else if (provider.equals("tencent")) {
            answer = Clients.tencent(region, port).commonRequest(
                    new CommonRequest("{\"DirectConnectIds\":[\"" + line + "\"]}"), "DescribeDirectConnects");
        } else {
            answer = Clients.alibaba(region, port).describePhysicalConnections(new DescribePhysicalConnectionsRequest()
                    .setRegionId(region).setFilter(List.of(new DescribePhysicalConnectionsRequest
                            .DescribePhysicalConnectionsRequestFilter().setKey("PhysicalConnectionId").setValue(List.of(line)))))
                    .getBody().getPhysicalConnectionSet().getPhysicalConnectionType().get(0).getPhysicalConnectionId();
        }
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        System.out.println("answered uptimeMillis=" + uptime + " classes=" + classes + " bytes=" + answer.length());
        System.out.flush();
        System.exit(0);
    }
}
