package io.dclink.kit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.error.ErrorContext;
import io.dclink.error.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void bothProviderTimeFormatsAreAccepted() {
        assertThat(Times.parse("2020-09-22T00:00:00+00:00", SHANGHAI)).isEqualTo(Instant.parse("2020-09-22T00:00:00Z"));
        assertThat(Times.parse("2020-09-22T08:00:00+08:00", SHANGHAI)).isEqualTo(Instant.parse("2020-09-22T00:00:00Z"));
        assertThat(Times.parse("2021-06-08T12:20:55Z", SHANGHAI)).isEqualTo(Instant.parse("2021-06-08T12:20:55Z"));
        assertThat(Times.parse("2019-09-12 17:09:07", SHANGHAI)).isEqualTo(Instant.parse("2019-09-12T09:09:07Z"));
        assertThat(Times.parse("2021-06-08T12:20:55", ZoneId.of("UTC"))).isEqualTo(Instant.parse("2021-06-08T12:20:55Z"));
        assertThat(Times.parse("", SHANGHAI)).isNull();
        assertThat(Times.parse("yesterday", SHANGHAI)).isNull();
    }

    @Test
    void aRequestTreeIsWrittenExactly() {
        assertThat(new String(Json.bytes(Json.object().put("a", "b").put("n", 1)), StandardCharsets.UTF_8))
                .isEqualTo("{\"a\":\"b\",\"n\":1}");
    }

    @Test
    void anAnswerIsOneJsonObjectAndNothingAfterIt() {
        ErrorContext context = ErrorContext.of("p");

        assertThat(Json.parse(bytes("{\"Id\":\"x\",\"New\":{\"y\":1}}"), "the answer", context).text("Id"))
                .isEqualTo("x");
        for (String body : new String[] {"{\"Id\":\"x\"} trailing", "{\"Id\":\"x\"}{}", "null", "[]", "\"x\"", "42"}) {
            assertThatThrownBy(() -> Json.parse(bytes(body), "the answer", context))
                    .as(body).isInstanceOf(ProtocolException.class).hasMessageContaining("the answer");
        }
    }

    @Test
    void anUnreadableBodyIsAProtocolErrorThatNeverQuotesTheBody() {
        byte[] body = "{\"AuthKey\": \"s3cr3t-in-body\", broken".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Json.tree(body, "the tunnel", ErrorContext.of("p").withRequestId("r-1")))
                .isInstanceOfSatisfying(ProtocolException.class, e -> {
                    assertThat(e.requestId()).contains("r-1");
                    assertThat(e.getCause().getMessage()).doesNotContain("s3cr3t");
                })
                .hasMessageContaining("the tunnel is malformed")
                .hasMessageNotContaining("s3cr3t");
        assertThatThrownBy(() -> Json.tree(new byte[0], "the empty body", ErrorContext.of("p")))
                .isInstanceOf(ProtocolException.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
