/**
 * Wire-level emulators of the providers' APIs, fault injection and the lifecycle walker. No test
 * framework: the command line embeds them.
 */
module io.dclink.testkit.emulators {
    requires transitive io.dclink.api;
    requires transitive io.dclink.orders; // TencentLanding writes a HostedOrderRequest
    requires transitive com.fasterxml.jackson.databind;
    requires jdk.httpserver;
    requires org.slf4j;

    exports io.dclink.testkit;
    exports io.dclink.testkit.emulator;
    exports io.dclink.testkit.tencent;
    exports io.dclink.testkit.alibaba;
    exports io.dclink.testkit.jdcloud;
    exports io.dclink.testkit.consoleconnect;
    exports io.dclink.testkit.walk;

    uses io.dclink.testkit.emulator.EmulatorProvider;
    provides io.dclink.testkit.emulator.EmulatorProvider with
            io.dclink.testkit.tencent.TencentEmulatorProvider,
            io.dclink.testkit.alibaba.AlibabaEmulatorProvider,
            io.dclink.testkit.jdcloud.JdCloudEmulatorProvider,
            io.dclink.testkit.consoleconnect.ConsoleConnectEmulatorProvider;
}
