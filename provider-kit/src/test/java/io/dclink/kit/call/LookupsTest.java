package io.dclink.kit.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.error.ErrorContext;
import io.dclink.error.ProtocolException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.kit.json.Json;
import io.dclink.kit.json.JsonRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A read by id returns that resource, "not found", or a protocol error: never another resource. */
class LookupsTest {

    private static final ErrorContext CONTEXT = ErrorContext.of("acme");

    private static List<JsonRecord> set(String json) {
        return Json.parse(("{\"Set\":" + json + "}").getBytes(StandardCharsets.UTF_8), "the answer", CONTEXT).records("Set");
    }

    @Test
    void theOneRecordWithTheIdAskedFor() {
        assertThat(Lookups.exactlyOne(set("[{\"Id\":\"a\"}]"), "Id", "a", "line", "r", CONTEXT).text("Id")).isEqualTo("a");
    }

    @Test
    void noRecordIsNotFoundWithTheRequestId() {
        assertThatThrownBy(() -> Lookups.exactlyOne(set("[]"), "Id", "a", "line", "r-9", CONTEXT))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(e.requestId()).contains("r-9"))
                .hasMessageContaining("line a");
    }

    @Test
    void anotherRecordTwoRecordsOrOneWithoutIdAreTheProviderAnsweringTheWrongThing() {
        assertThatThrownBy(() -> Lookups.exactlyOne(set("[{\"Id\":\"b\"}]"), "Id", "a", "line", null, CONTEXT))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("Id b");
        assertThatThrownBy(() -> Lookups.exactlyOne(set("[{\"Id\":\"a\"},{\"Id\":\"a\"}]"), "Id", "a", "line", null, CONTEXT))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("2 records");
        assertThatThrownBy(() -> Lookups.exactlyOne(set("[{\"Name\":\"a\"}]"), "Id", "a", "line", null, CONTEXT))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("no Id");
    }

    @Test
    void anEmptyAnswerWhoseCountSaysOtherwiseIsAProtocolErrorNotGone() {
        assertThatThrownBy(() -> Lookups.exactlyOne(set("[]"), 1, "Id", "a", "line", "r-7", CONTEXT))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.requestId()).contains("r-7"))
                .hasMessageContaining("no record but a total count of 1");
        assertThatThrownBy(() -> Lookups.exactlyOne(set("[]"), 0, "Id", "a", "line", null, CONTEXT))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(Lookups.exactlyOne(set("[{\"Id\":\"a\"}]"), 1, "Id", "a", "line", null, CONTEXT).text("Id")).isEqualTo("a");
    }

    private static JsonRecord record(String json) {
        return Json.parse(json.getBytes(StandardCharsets.UTF_8), "the answer", CONTEXT);
    }

    @Test
    void aSingleReadMustAnswerTheResourceAskedFor() {
        assertThat(Lookups.theOneAskedFor(record("{\"id\":\"a\"}"), "id", "a", "port").text("id")).isEqualTo("a");
        assertThatThrownBy(() -> Lookups.theOneAskedFor(record("{\"id\":\"b\"}"), "id", "a", "port"))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("asked for port a").hasMessageContaining("id b");
        assertThatThrownBy(() -> Lookups.theOneAskedFor(record("{}"), "id", "a", "port"))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("no id");
    }

    @Test
    void anIdIsTextOfTheProvidersForm() {
        Pattern hex = Pattern.compile("[a-f0-9]{4}");
        assertThat(Lookups.id(record("{\"id\":\"beef\"}"), "id", hex)).isEqualTo("beef");
        assertThatThrownBy(() -> Lookups.id(record("{\"id\":\"BEEF\"}"), "id", hex))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("text of another form");
        assertThatThrownBy(() -> Lookups.id(record("{\"id\":4242}"), "id", hex))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("not text");
        assertThatThrownBy(() -> Lookups.id(record("{\"id\":null}"), "id", hex))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("the field id").hasMessageContaining("missing");
        assertThatThrownBy(() -> Lookups.id(record("{\"id\":\"beefbeef\"}"), "id", hex))
                .as("matched in full").isInstanceOf(ProtocolException.class);
    }
}
