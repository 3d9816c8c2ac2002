package io.dclink.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckpointTextTest {

    @Test
    void linesAreWrittenInOrderWithEncodedValuesAndNullsLeftOut() {
        String text = CheckpointText.writing("dclink-test/1").put("b", "x y&z").put("a", null).put("n", 7)
                .put("b", "second").text();

        assertThat(text).isEqualTo("dclink-test/1\nb=x+y%26z\nn=7\nb=second\n");
    }

    @Test
    void readingGivesEachKeysValuesInOrder() {
        CheckpointText in = CheckpointText.reading("dclink-test/1", "dclink-test/1\nb=x+y%26z\nn=7\nb=second\nempty=\n");

        assertThat(in.all("b")).containsExactly("x y&z", "second");
        assertThat(in.required("n")).isEqualTo("7");
        assertThat(in.optional("missing")).isNull();
        assertThat(in.optional("empty")).isEmpty();
        assertThat(in.keys()).containsExactly("b", "n", "empty");
    }

    @Test
    void readingIsStrict() {
        assertThatThrownBy(() -> CheckpointText.reading("dclink-test/1", "dclink-other/1\na=1\n"))
                .hasMessage("not a dclink test (expected the header dclink-test/1)");
        assertThatThrownBy(() -> CheckpointText.reading("dclink-test/1", "dclink-test/1\na=1\n=2\n"))
                .hasMessage("malformed checkpoint line 3");
        assertThatThrownBy(() -> CheckpointText.reading("dclink-test/1", "dclink-test/1\nno equals\n"))
                .hasMessage("malformed checkpoint line 2");
        CheckpointText in = CheckpointText.reading("dclink-test/1", "dclink-test/1\ntwice=1\ntwice=2\nempty=\n");
        assertThatThrownBy(() -> in.optional("twice")).hasMessage("the checkpoint gives twice twice");
        assertThatThrownBy(() -> in.required("empty")).hasMessage("the checkpoint has no empty");
        assertThatThrownBy(() -> in.required("missing")).hasMessage("the checkpoint has no missing");
    }

    @Test
    void aPairKeepsBothTextsWhateverTheyHold() {
        String pair = CheckpointText.pair("a=b&c", "x%y =");

        assertThat(CheckpointText.unpair(pair)).isEqualTo(Map.entry("a=b&c", "x%y ="));
        assertThatThrownBy(() -> CheckpointText.unpair("no-equals")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailedReadIsAValidationErrorOnTheCheckpointSayingWhy() {
        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> CheckpointText.read("text", "test", "encode()", text -> {
                    throw new IllegalArgumentException("it is bad");
                }));

        assertThat(refused.problems()).extracting(Problem::field).containsExactly("checkpoint");
        assertThat(refused.problems().get(0).message()).isEqualTo("is not a test checkpoint this version of dclink can "
                + "read (IllegalArgumentException: it is bad); store the text encode() returned, unchanged");
        assertThat(CheckpointText.read("text", "test", "encode()", String::length)).isEqualTo(4);
        assertThat(List.of(refused.getSuppressed())).singleElement().isInstanceOf(IllegalArgumentException.class);
    }
}
