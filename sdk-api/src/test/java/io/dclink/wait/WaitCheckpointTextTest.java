package io.dclink.wait;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.TransitionKind;
import io.dclink.model.ProviderState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored text of a wait checkpoint, pinned: users hand back texts that older versions wrote. */
class WaitCheckpointTextTest {

    private static final String STORED = "dclink-wait-checkpoint/1\n"
            + "type=CONNECTION\n"
            + "provider=alibaba\n"
            + "resourceId=pc-1+2%263%3Dx\n"
            + "startedAt=2026-11-22T01%3A02%3A03.456Z\n"
            + "deadline=2026-12-22T01%3A02%3A03Z\n"
            + "attempts=17\n"
            + "observation=2026-11-22T01%3A02%3A03.456Z+PENDING_APPROVAL+WAIT_FOR_PROVIDER+FIRST_OBSERVATION+Initial+\n"
            + "observation=2026-11-22T01%3A03%3A03Z+FAILED+CONTACT_PROVIDER+SKIPPED+Allocation%2BFailed+LoaStatus%253D%2526Note%253Da%25253Db%252526c%252Bd%25250Ax%252B%2525E4%2525B8%25258A\n";

    private static final WaitCheckpoint CHECKPOINT = new WaitCheckpoint(ResourceType.CONNECTION, "alibaba", "pc-1 2&3=x",
            Instant.parse("2026-11-22T01:02:03.456Z"), Instant.parse("2026-12-22T01:02:03Z"), 17, List.of(
                    new Observation(Instant.parse("2026-11-22T01:02:03.456Z"), ConnectionState.PENDING_APPROVAL,
                            ProviderState.of("Initial"), RequiredAction.WAIT_FOR_PROVIDER,
                            TransitionKind.FIRST_OBSERVATION),
                    new Observation(Instant.parse("2026-11-22T01:03:03Z"), ConnectionState.FAILED,
                            ProviderState.of("Allocation Failed").with("LoaStatus", "").with("Note", "a=b&c d\nx 上"),
                            RequiredAction.CONTACT_PROVIDER, TransitionKind.SKIPPED)));

    @Test
    void aCheckpointIsWrittenAsThisExactText() {
        assertThat(CHECKPOINT.encode()).isEqualTo(STORED);
    }

    @Test
    void theStoredTextReadsBackAsTheCheckpoint() {
        assertThat(WaitCheckpoint.decode(STORED)).isEqualTo(CHECKPOINT);
    }
}
