package io.dclink.wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.error.ValidationException;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.TransitionKind;
import io.dclink.model.ProviderState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitCheckpointTest {

    @Test
    void aCheckpointSurvivesEncodingWithAwkwardValues() {
        Instant start = Instant.parse("2026-11-22T01:02:03.456Z");
        WaitCheckpoint checkpoint = new WaitCheckpoint(ResourceType.CONNECTION, "alibaba", "pc-1 2&3=x", start,
                start.plus(Duration.ofDays(30)), 17, List.of(
                        new Observation(start, ConnectionState.PENDING_APPROVAL, ProviderState.of("Initial"),
                                RequiredAction.WAIT_FOR_PROVIDER, TransitionKind.FIRST_OBSERVATION),
                        new Observation(start.plusSeconds(60), ConnectionState.FAILED,
                                ProviderState.of("Allocation Failed").with("LoaStatus", "").with("Note", "a=b&c d\nx"),
                                RequiredAction.CONTACT_PROVIDER, TransitionKind.SKIPPED)));

        String text = checkpoint.encode();

        assertThat(text).startsWith("dclink-wait-checkpoint/1\n");
        assertThat(WaitCheckpoint.decode(text)).isEqualTo(checkpoint);
    }

    @Test
    void foreignOrCorruptedTextIsATypedValidationError() {
        assertThatThrownBy(() -> WaitCheckpoint.decode("hello")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("checkpoint").hasMessageContaining("not a dclink wait checkpoint");
        assertThatThrownBy(() -> WaitCheckpoint.decode("dclink-wait-checkpoint/1\ntype=CONNECTION\n"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("has no provider");
        String good = new WaitCheckpoint(ResourceType.CONNECTION, "p", "dc-1", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-02-01T00:00:00Z"), 3, List.of()).encode();
        for (String corrupted : List.of(good.replace("2026-01-01T00%3A00%3A00Z", "yesterday"),
                good.replace("attempts=3", "attempts=three"), good.replace("type=CONNECTION", "type=PIZZA"),
                good + "observation=garbage\n", good.replace("=", ""), "")) {
            assertThatThrownBy(() -> WaitCheckpoint.decode(corrupted)).as(corrupted)
                    .isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void aSpecIsImmutableAndChecksItsArguments() {
        WaitSpec<ConnectionState> base = WaitSpec.until(ConnectionState.ACTIVE);
        WaitSpec<ConnectionState> changed = base.timeout(Duration.ofDays(30)).failOn(ConnectionState.FAILED);

        assertThat(base.timeout()).isEqualTo(WaitSpec.DEFAULT_TIMEOUT);
        assertThat(base.failureStates()).isEmpty();
        assertThat(changed.failureStates()).contains(java.util.Set.of(ConnectionState.FAILED));
        assertThatThrownBy(() -> base.polling(Duration.ofSeconds(10), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base.timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
