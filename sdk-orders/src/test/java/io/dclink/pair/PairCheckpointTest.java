package io.dclink.pair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dclink.error.ValidationException;
import io.dclink.model.Contact;
import io.dclink.model.CreateConnectionRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairCheckpointTest {

    private static final CreateConnectionRequest LINE = CreateConnectionRequest.builder().name("idc-sh")
            .description("Primary & backup = two").carrier("CT").portType("10GBase-LR").bandwidthMbps(1000)
            .customerAddress("Room 301\u3001 8 Road, 上海").contact(new Contact("Zhang San", "138", "ops@example.com"))
            .faultContact(new Contact(null, "159", null)).tags(Map.of("team=a", "net\nops", "k.1", ""))
            .providerOptions(Map.of("InstallationFee", "AutoPay")).build();

    private static PairCheckpoint checkpoint(String second, String nativeMode) {
        return new PairCheckpoint("alibaba", "cn-hangzhou", "pair-key",
                new PairPlan(Resilience.TWO_ACCESS_POINTS, "cn-hangzhou", List.of("ap-1", "ap-2"), nativeMode),
                LINE, "pc-1", second);
    }

    @Test
    void aCheckpointReadsBackAsItWasWritten() {
        for (PairCheckpoint written : List.of(checkpoint(null, null), checkpoint("pc-2", "MultiApSingleDevice"),
                new PairCheckpoint("tencent", null, "k", new PairPlan(Resilience.ONE_ACCESS_POINT_TWO_DEVICES, "Guangzhou",
                        List.of("ap-a"), null), CreateConnectionRequest.builder().name("n").build(), "dc-1", "dc-2"))) {
            assertThat(PairCheckpoint.decode(written.encode())).isEqualTo(written);
        }
    }

    @Test
    void theSecondLineIsAddedToACopy() {
        PairCheckpoint first = checkpoint(null, null);

        assertThat(first.withSecond("pc-2").secondId()).isEqualTo("pc-2");
        assertThat(first.secondId()).isNull();
    }

    @Test
    void aCorruptCheckpointIsAValidationErrorNamingTheCheckpoint() {
        String good = checkpoint("pc-2", null).encode();
        List<String> corrupt = List.of("", "hello", good.replace("dclink-pair-checkpoint/1", "dclink-wait-checkpoint/1"),
                good.replace("first=pc-1\n", ""), good.replace("resilience=TWO_ACCESS_POINTS", "resilience=THREE"),
                good + "colour=red\n", good + "first=pc-9\n", good.replace("accessPoint=ap-2\n", ""),
                good + "accessPoint=ap-3\n", good.replace("line.name=idc-sh\n", ""), good + "no-equals-sign\n",
                good.replace("line.bandwidthMbps=1000", "line.bandwidthMbps=fast"));
        for (String text : corrupt) {
            ValidationException refused = catchThrowableOfType(ValidationException.class, () -> PairCheckpoint.decode(text));
            assertThat(refused).as(text).isNotNull();
            assertThat(refused.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.field()).isEqualTo("checkpoint");
                assertThat(problem.message()).contains("is not a pair checkpoint");
            });
        }
    }

    @Test
    void randomTextNeverEscapesAsAnythingButAValidationError() {
        Random random = new Random(20L);
        String good = checkpoint("pc-2", "MultiApSingleDevice").encode();
        for (int i = 0; i < 500; i++) {
            StringBuilder mutated = new StringBuilder(good);
            for (int j = 0; j < 1 + random.nextInt(4); j++) {
                int at = random.nextInt(mutated.length());
                mutated.setCharAt(at, (char) (32 + random.nextInt(95)));
            }
            try {
                PairCheckpoint read = PairCheckpoint.decode(mutated.toString());
                assertThat(read.encode()).isNotEmpty();
            } catch (ValidationException expected) {
                assertThat(expected.problems()).extracting(p -> p.field()).containsExactly("checkpoint");
            }
        }
    }

    @Test
    void mapsKeepTheirOrderAndOddCharacters() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("b", "2");
        tags.put("a=1&x", "v%20");
        PairCheckpoint written = new PairCheckpoint("jdcloud", "cn-north-1", "k", new PairPlan(Resilience.TWO_ACCESS_POINTS,
                "cn-north-1", List.of("x", "y"), null), CreateConnectionRequest.builder().name("n").tags(tags).build(),
                "dc-1", null);

        assertThat(PairCheckpoint.decode(written.encode()).line().tags()).containsExactly(Map.entry("b", "2"),
                Map.entry("a=1&x", "v%20"));
    }
}
