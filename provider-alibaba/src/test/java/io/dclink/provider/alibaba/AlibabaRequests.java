package io.dclink.provider.alibaba;

import io.dclink.auth.Secret;
import io.dclink.model.BgpPeering;
import io.dclink.model.ConstructionReport;
import io.dclink.model.ConstructionType;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.FieldEngineer;
import io.dclink.model.Gender;
import io.dclink.model.IdDocumentType;
import io.dclink.model.LoaApplication;
import io.dclink.model.RoutingType;
import java.time.Instant;
import java.util.List;

/** Valid requests for the Alibaba emulator (region cn-hangzhou). */
final class AlibabaRequests {

    private AlibabaRequests() {
    }

    /** Every seed field: access point, carrier, port type, bandwidth, location, name. */
    static CreateConnectionRequest line(String name, String accessPointId) {
        return CreateConnectionRequest.builder().name(name).accessPointId(accessPointId).carrier("CT")
                .portType("10GBase-LR").bandwidthMbps(1000).customerAddress("Room 301, 3rd floor, 8 Wensan Road, Hangzhou")
                .circuitCode("CT-HZ-0001").build();
    }

    static LoaApplication loa() {
        return LoaApplication.builder().companyName("Example Networks Ltd").constructionCompany("Hangzhou Installers")
                .constructionType(ConstructionType.FIBRE).constructionTime(Instant.parse("2030-01-15T02:00:00Z"))
                .customerLocation("Rack 12, Hall B").bandwidthMbps(1000)
                .engineers(List.of(new FieldEngineer("Li Lei", "13800000000", IdDocumentType.ID_CARD,
                        Secret.of("110101199001011234"), Gender.MALE)))
                .build();
    }

    static ConstructionReport report() {
        return ConstructionReport.builder().lineCode("CT-HZ-LINE-001").cableLabel("HZ-B-12-03")
                .lineServiceProvider("China Telecom").lineServiceContact("13900000000").build();
    }

    static CreateVirtualInterfaceRequest bgpVbr(String lineId, int vlan, long asn) {
        int subnet = vlan % 250;
        return CreateVirtualInterfaceRequest.builder().name("vbr-" + vlan).connectionId(lineId).vlan(vlan)
                .providerAddress("10.0." + subnet + ".1/30").customerAddress("10.0." + subnet + ".2/30")
                .routing(RoutingType.BGP).bgp(BgpPeering.customer(asn, "tck-auth-key")).build();
    }

    static CreateVirtualInterfaceRequest staticVbr(String lineId, int vlan) {
        int subnet = vlan % 250;
        return CreateVirtualInterfaceRequest.builder().name("vbr-" + vlan).connectionId(lineId).vlan(vlan)
                .providerAddress("10.1." + subnet + ".1/30").customerAddress("10.1." + subnet + ".2/30")
                .routing(RoutingType.STATIC).staticPrefixes(List.of("192.168." + subnet + ".0/24")).build();
    }
}
