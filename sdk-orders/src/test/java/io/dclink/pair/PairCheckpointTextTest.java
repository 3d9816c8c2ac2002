package io.dclink.pair;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.model.Contact;
import io.dclink.model.CreateConnectionRequest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The stored text of a pair checkpoint, pinned: users hand back texts that older versions wrote. */
class PairCheckpointTextTest {

    private static final String STORED = "dclink-pair-checkpoint/1\n"
            + "provider=alibaba\n"
            + "region=cn-hangzhou\n"
            + "key=pair-key\n"
            + "resilience=TWO_ACCESS_POINTS\n"
            + "metro=cn-hangzhou\n"
            + "accessPoint=ap-1\n"
            + "accessPoint=ap-2\n"
            + "nativeMode=MultiApSingleDevice\n"
            + "first=pc-1\n"
            + "second=pc-2\n"
            + "line.name=idc-sh\n"
            + "line.description=Primary+%26+backup+%3D+two\n"
            + "line.carrier=CT\n"
            + "line.portType=10GBase-LR\n"
            + "line.bandwidthMbps=1000\n"
            + "line.customerAddress=Room+301%E3%80%81+8+Road%2C+%E4%B8%8A%E6%B5%B7\n"
            + "line.contact.name=Zhang+San\n"
            + "line.contact.phone=138\n"
            + "line.contact.email=ops%40example.com\n"
            + "line.faultContact.phone=159\n"
            + "line.tag.k.1=\n"
            + "line.tag.team%3Da=net%0Aops\n"
            + "line.option.InstallationFee=AutoPay\n";

    private static final PairCheckpoint CHECKPOINT = new PairCheckpoint("alibaba", "cn-hangzhou", "pair-key",
            new PairPlan(Resilience.TWO_ACCESS_POINTS, "cn-hangzhou", List.of("ap-1", "ap-2"), "MultiApSingleDevice"),
            CreateConnectionRequest.builder().name("idc-sh").description("Primary & backup = two").carrier("CT")
                    .portType("10GBase-LR").bandwidthMbps(1000).customerAddress("Room 301\u3001 8 Road, 上海")
                    .contact(new Contact("Zhang San", "138", "ops@example.com")).faultContact(new Contact(null, "159", null))
                    .tags(new TreeMap<>(Map.of("team=a", "net\nops", "k.1", "")))
                    .providerOptions(Map.of("InstallationFee", "AutoPay"))
                    .build(),
            "pc-1", "pc-2");


    @Test
    void aCheckpointIsWrittenAsThisExactText() {
        assertThat(CHECKPOINT.encode()).isEqualTo(STORED);
    }

    @Test
    void theStoredTextReadsBackAsTheCheckpoint() {
        assertThat(PairCheckpoint.decode(STORED)).isEqualTo(CHECKPOINT);
    }
}
