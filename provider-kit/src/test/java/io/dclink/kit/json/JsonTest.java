package io.dclink.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.error.ErrorContext;
import io.dclink.error.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    record Line(String id, int bandwidth) {
    }

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
    void unknownFieldsAreIgnored() {
        Line line = Json.read(Json.mapper(), "{\"id\":\"dc-1\",\"bandwidth\":100,\"NewField\":{\"x\":1}}"
                .getBytes(StandardCharsets.UTF_8), Line.class, "the line", ErrorContext.of("p"));

        assertThat(line).isEqualTo(new Line("dc-1", 100));
        assertThat(new String(Json.write(Json.mapper(), Map.of("a", "b")), StandardCharsets.UTF_8)).isEqualTo("{\"a\":\"b\"}");
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
}
