package io.dclink.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.auth.Secret;
import io.dclink.lifecycle.BusinessStatus;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.LoaState;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.VirtualInterfaceState;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelTest {

    private static ConnectionBuilder connection() {
        return Connection.builder()
                .provider("tencent")
                .id("dc-1")
                .state(ConnectionState.PENDING_APPROVAL)
                .requiredAction(RequiredAction.WAIT_FOR_PROVIDER)
                .providerState(ProviderState.of("PENDING"));
    }

    @Test
    void resourcesCopyTheirCollectionsAndCannotBeChangedAfterwards() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("team", "net");
        Connection built = connection().tags(tags).build();
        tags.put("team", "changed");
        tags.put("extra", "x");

        assertThat(built.tags()).containsExactly(Map.entry("team", "net"));
        assertThatThrownBy(() -> built.tags().put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aResourcesMapsRefuseEveryChangeEvenOneThatWouldChangeNothing() {
        Connection built = connection().tags(Map.of("team", "net")).attributes(Map.of("ChargeType", "PREPAID")).build();
        Connection direct = new Connection("tencent", "dc-1", "", ConnectionState.ACTIVE, RequiredAction.NONE, null, null,
                ProviderState.of("AVAILABLE"), null, null, null, null, null, null, null, null, Map.of("team", "net"), null);

        for (Map<String, String> map : List.of(built.tags(), built.attributes(), direct.tags())) {
            assertThatThrownBy(() -> map.remove("absent")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> map.putIfAbsent("team", "x")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> map.computeIfAbsent("absent", key -> null)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("x"))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(connection().tags(Map.of("team", "net")).build().tags()).isEqualTo(Map.of("team", "net"));
    }

    @Test
    void missingRequiredFieldsAreRefusedAndOptionalAxesDefaultToNotReported() {
        assertThatThrownBy(() -> connection().id(null).build()).isInstanceOf(NullPointerException.class).hasMessage("id");

        Connection built = connection().build();
        assertThat(built.name()).isEmpty();
        assertThat(built.operationalStatus()).isEqualTo(OperationalStatus.NOT_REPORTED);
        assertThat(built.businessStatus()).isEqualTo(BusinessStatus.NOT_REPORTED);
        assertThat(built.type()).isEqualTo(ResourceType.CONNECTION);
    }

    @Test
    void toBuilderRoundTripsEveryField() {
        Connection original = connection().name("n").bandwidthMbps(100).carrier("ChinaTelecom")
                .attributes(Map.of("ChargeType", "PREPAID_BY_YEAR")).build();

        assertThat(original.toBuilder().build()).isEqualTo(original);
        assertThat(original.toBuilder().name("other").build().name()).isEqualTo("other");
    }

    @Test
    void providerStateKeepsEveryRawFieldInOrder() {
        ProviderState state = ProviderState.of("Allocated").with("LoaStatus", "Available").with("BusinessStatus", null);

        assertThat(state.value()).isEqualTo("Allocated");
        assertThat(state.details()).containsExactly(Map.entry("LoaStatus", "Available"), Map.entry("BusinessStatus", ""));
        assertThat(state).hasToString("Allocated (LoaStatus=Available, BusinessStatus=)");
        assertThat(ProviderState.of(null).value()).isEmpty();
    }

    @Test
    void bgpAuthKeyAndEngineerIdNumberNeverPrint() {
        VirtualInterface vif = VirtualInterface.builder().provider("tencent").id("dcx-1")
                .state(VirtualInterfaceState.ACTIVE).requiredAction(RequiredAction.NONE)
                .providerState(ProviderState.of("AVAILABLE"))
                .bgp(BgpPeering.customer(65001, "md5-key-value")).build();
        FieldEngineer engineer = new FieldEngineer("Li", "139", IdDocumentType.ID_CARD, Secret.of("110101199003071234"), Gender.MALE);

        assertThat(vif.toString()).doesNotContain("md5-key-value");
        assertThat(vif.bgp().authKey().reveal()).isEqualTo("md5-key-value");
        assertThat(engineer.toString()).doesNotContain("110101199003071234");
    }

    @Test
    void loaPrintsItsDocumentUrlWithoutTheSignedQuery() {
        Loa loa = Loa.builder().provider("alibaba").connectionId("pc-1").state(LoaState.ISSUED)
                .requiredAction(RequiredAction.CONTACT_CARRIER).providerState(ProviderState.of("Available"))
                .documentUrl(URI.create("https://pconn-loa.oss.example.com/1_pc-1.pdf?Expires=1&OSSAccessKeyId=AK&Signature=s3cr3t"))
                .build();

        assertThat(loa.toString()).contains("pconn-loa.oss.example.com/1_pc-1.pdf?****").doesNotContain("s3cr3t").doesNotContain("OSSAccessKeyId");
        assertThat(loa.id()).isEqualTo("pc-1");
        assertThat(loa.documentUrl().getQuery()).contains("Signature=s3cr3t");
    }

    @Test
    void requestDefaultsAreExplicit() {
        CreateVirtualInterfaceRequest request = CreateVirtualInterfaceRequest.builder().name("t").build();
        ConstructionReport report = ConstructionReport.builder().lineCode("L").build();
        UpdateVirtualInterfaceRequest keep = UpdateVirtualInterfaceRequest.builder().build();
        List<String> prefixes = new ArrayList<>(List.of("10.0.0.0/24"));
        UpdateVirtualInterfaceRequest replace = UpdateVirtualInterfaceRequest.builder().staticPrefixes(prefixes).build();
        prefixes.clear();

        assertThat(request.routing()).isEqualTo(RoutingType.BGP);
        assertThat(report.constructionFinished()).isTrue();
        assertThat(keep.staticPrefixes()).isNull();
        assertThat(replace.staticPrefixes()).containsExactly("10.0.0.0/24");
    }
}
