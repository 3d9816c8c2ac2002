package io.dclink.provider.alibaba;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.error.Problem;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.pair.RedundantLinesOrder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the plugin checks of a high-reliability order in each of its four modes, before anything is sent. */
class HighReliableOrdersTest {

    private static CreateConnectionRequest at(String accessPoint) {
        return CreateConnectionRequest.builder().name("hr-line").accessPointId(accessPoint).carrier("CT")
                .portType("10GBase-LR").bandwidthMbps(1000).build();
    }

    private static List<String> fields(RedundantLinesOrder order) {
        return HighReliableOrders.validate(order).stream().map(Problem::field).toList();
    }

    @Test
    void eachModeTakesItsAccessPointsAndOnlyTheCountedModeTakesACount() {
        assertThat(fields(new RedundantLinesOrder("MultiApMultiDevice", List.of(at("ap-1"), at("ap-2")), null, "k"))).isEmpty();
        assertThat(fields(new RedundantLinesOrder("MultiApSingleDevice", List.of(at("ap-1"), at("ap-2")), null, "k"))).isEmpty();
        assertThat(fields(new RedundantLinesOrder("SingleApMultiDevice", List.of(at("ap-1")), null, "k"))).isEmpty();
        assertThat(fields(new RedundantLinesOrder("SingleApMultiConnection", List.of(at("ap-1")), 4, "k"))).isEmpty();

        assertThat(fields(new RedundantLinesOrder("MultiApSingleDevice", List.of(at("ap-1")), null, "k")))
                .containsExactly("accessPoints");
        assertThat(fields(new RedundantLinesOrder("MultiApSingleDevice", List.of(at("ap-1"), at("ap-1")), null, "k")))
                .containsExactly("accessPoints");
        assertThat(fields(new RedundantLinesOrder("SingleApMultiDevice", List.of(at("ap-1")), 2, "k")))
                .containsExactly("linesPerAccessPoint");
        assertThat(fields(new RedundantLinesOrder("SingleApMultiConnection", List.of(at("ap-1")), 17, "k")))
                .containsExactly("linesPerAccessPoint");
        assertThat(fields(new RedundantLinesOrder("Best", List.of(at("ap-1")), null, "k"))).contains("mode");
    }

    @Test
    void theLinesShareThePortTypeTagsAndResourceGroupAndNameNoRedundancy() {
        CreateConnectionRequest copper = at("ap-2").toBuilder().portType("1000Base-T").tags(Map.of("a", "b"))
                .redundantConnectionId("pc-1").providerOptions(Map.of("ResourceGroupId", "rg-1")).build();

        assertThat(fields(new RedundantLinesOrder("MultiApSingleDevice", List.of(at("ap-1"), copper), null, "k")))
                .containsExactlyInAnyOrder("accessPoints[1].portType", "accessPoints[1].portType",
                        "accessPoints[1].redundantConnectionId", "accessPoints[1].tags",
                        "accessPoints[1].providerOptions.ResourceGroupId");
        assertThat(fields(new RedundantLinesOrder("SingleApMultiDevice", List.of(at("ap-1").toBuilder()
                .providerOptions(Map.of("InstallationFee", "AutoPay")).build()), null, "k")))
                .contains("accessPoints[0].providerOptions.InstallationFee");
    }
}
