package io.dclink.provider.alibaba;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.spi.ErrorCategory;
import io.dclink.error.ErrorContext;
import io.dclink.kit.json.Json;
import io.dclink.kit.json.JsonRecord;
import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.BusinessStatus;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.LoaState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.AccessPoint;
import io.dclink.model.Connection;
import io.dclink.model.ConstructionType;
import io.dclink.model.Gender;
import io.dclink.model.IdDocumentType;
import io.dclink.model.Loa;
import io.dclink.model.VirtualInterface;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The examples in the test resources' samples/alibaba (see its SOURCES.md), read by the plugin's mapping. */
class AlibabaSamplesTest {

    private static JsonRecord sample(String file) throws IOException {
        try (InputStream in = AlibabaSamplesTest.class.getResourceAsStream("/samples/alibaba/" + file)) {
            return Json.parse(Objects.requireNonNull(in, file).readAllBytes(), file, ErrorContext.of("alibaba"));
        }
    }

    @Test
    void theEnabledLineExampleMapsEveryNeutralField() throws IOException {
        Connection line = AlibabaMapping.connection(sample("DescribePhysicalConnections.response.json")
                .record("PhysicalConnectionSet").records("PhysicalConnectionType").get(0));

        assertThat(line.id()).isEqualTo("pc-bp1ciz7ekd2grn1as****");
        assertThat(line.state()).isEqualTo(ConnectionState.ACTIVE);
        assertThat(line.requiredAction()).isEqualTo(RequiredAction.NONE);
        assertThat(line.businessStatus()).isEqualTo(BusinessStatus.NORMAL);
        assertThat(line.providerState().value()).isEqualTo("Enabled");
        assertThat(line.providerState().details()).containsEntry("LoaStatus", "Available").containsEntry("BusinessStatus", "Normal");
        assertThat(line.carrier()).isEqualTo("CT");
        assertThat(line.portType()).isEqualTo("10GBase-LR");
        assertThat(line.accessPointId()).isEqualTo("ap-cn-hangzhou-finance-yh-E");
        assertThat(line.redundantConnectionId()).isEqualTo("pc-119mfjzm****");
        assertThat(line.createdAt()).isEqualTo(Instant.parse("2021-08-24T07:30:58Z"));
        assertThat(line.tags()).containsEntry("FinanceDept", "FinanceJoshua");
        assertThat(line.attributes()).containsEntry("Spec", "10G").containsEntry("PortNumber", "1/1/1")
                .containsEntry("ParentPhysicalConnectionAliUid", "283117732402484000");
    }

    @Test
    void theVbrExampleHasItsAddressingAsCidrsAndAZonelessCreationTime() throws IOException {
        VirtualInterface vbr = AlibabaMapping.vbr(sample("DescribeVirtualBorderRouters.response.json")
                .record("VirtualBorderRouterSet").records("VirtualBorderRouterType").get(0), Optional.empty(),
                Optional.empty(), List.of(), false);

        assertThat(vbr.state()).isEqualTo(VirtualInterfaceState.ACTIVE);
        assertThat(vbr.vlan()).isEqualTo(10);
        assertThat(vbr.bandwidthMbps()).isEqualTo(50);
        assertThat(vbr.providerAddress()).isEqualTo("192.168.XX.XX/30");
        assertThat(vbr.connectionId()).isEqualTo("pc-119mfjzm7x****");
        assertThat(vbr.createdAt()).isEqualTo(Instant.parse("2020-06-08T12:20:55Z"));
        assertThat(vbr.routing()).as("a listing does not read BGP").isNull();
        assertThat(vbr.attributes()).containsEntry("RouteTableId", "rtb-bp1****").containsEntry("VlanInterfaceId",
                "ri-2zeo3xzyf38r4xx****");
        assertThat(vbr.tags()).containsEntry("FinanceDept", "FinanceJoshua");
    }

    @Test
    void theLoaExampleKeepsTheIdNumberSecret() throws IOException {
        Loa loa = AlibabaMapping.loa("pc-bp1ca4wca27****", sample("DescribePhysicalConnectionLOA.response.json")
                .record("PhysicalConnectionLOAType"));

        assertThat(loa.state()).isEqualTo(LoaState.ISSUED);
        assertThat(loa.requiredAction()).isEqualTo(RequiredAction.CONTACT_CARRIER);
        assertThat(loa.constructionType()).isEqualTo(ConstructionType.FIBRE);
        assertThat(loa.constructionCompany()).isEqualTo("ctcu");
        assertThat(loa.constructionTime()).isEqualTo(Instant.parse("2019-02-26T08:00:00Z"));
        assertThat(loa.lineCode()).isEqualTo("aaa111");
        assertThat(loa.cableLabel()).isEqualTo("bbb222");
        assertThat(loa.documentUrl()).hasToString("http://******");
        assertThat(loa.engineers()).singleElement().satisfies(engineer -> {
            assertThat(engineer.idType()).isEqualTo(IdDocumentType.OTHER);
            assertThat(engineer.gender()).isEqualTo(Gender.MALE);
            assertThat(engineer.idNumber().reveal()).isEqualTo("12345671****");
            assertThat(engineer.toString()).doesNotContain("12345671");
        });
    }

    @Test
    void theAccessPointExampleMapsItsStatusAndRegion() throws IOException {
        AccessPoint point = AlibabaMapping.accessPoint(sample("DescribeAccessPoints.response.json").record("AccessPointSet")
                .records("AccessPointType").get(0), JsonRecord.empty(ErrorContext.of("alibaba")));

        assertThat(point.id()).isEqualTo("ap-cn-beijing-ft-A");
        assertThat(point.name()).isEqualTo("北京-丰台-A");
        assertThat(point.state()).isEqualTo(AccessPointState.AVAILABLE);
        assertThat(point.region()).isEqualTo("cn-beijing");
        assertThat(point.attributes()).containsEntry("HostOperator", "皓宽");
    }

    @Test
    void theStateErrorExampleIsAStateError() throws IOException {
        JsonRecord error = sample("error.Forbidden.NotAllowedInState.response.json");

        assertThat(AlibabaErrors.TABLE.classify(error.requiredText("Code"), 400).category())
                .isEqualTo(ErrorCategory.INVALID_STATE);
    }
}
