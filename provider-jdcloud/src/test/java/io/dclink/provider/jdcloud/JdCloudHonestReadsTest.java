package io.dclink.provider.jdcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.error.ProtocolException;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.Connection;
import io.dclink.testkit.emulator.EmulatorResponse;
import io.dclink.testkit.emulator.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reads that end and never lie: listings stop at {@code totalCount} (a page past the end repeats the
 * last one on JD Cloud), a lying total ends in a protocol error instead of a loop, a single read
 * answering another resource is a protocol error, and so are bodies and fields of the wrong shape.
 */
class JdCloudHonestReadsTest extends EmulatedJdCloud {

    @Test
    void aListingReadsPagesOfAHundredAndStopsAtTheTotal() {
        emulator.raiseQuota("connection", 200);
        for (int i = 0; i < 101; i++) {
            client.connections().create(JdRequests.line("page-" + i));
        }
        emulator.requests().clear();

        assertThat(client.connections().list().stream().map(Connection::id).distinct().count()).isEqualTo(101);
        List<RecordedRequest> pages = emulator.requests().of("describeConnections");
        assertThat(pages).extracting(page -> page.request().query("pageNumber")).containsExactly("1", "2");
        assertThat(pages).extracting(page -> page.request().query("pageSize")).containsOnly("100");
    }

    @Test
    void aTotalThatLiesEndsTheListingInsteadOfRepeatingTheLastPage() {
        client.connections().create(JdRequests.line("only"));
        emulator.requests().clear();
        emulator.faults().rewrite("describeConnections", (request, answer) -> json(answer.status(),
                text(answer).replaceFirst("\"totalCount\":1", "\"totalCount\":1000")), 5);

        assertThatThrownBy(() -> client.connections().list().stream().count()).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("jdcloud");
        assertThat(emulator.requests().count("describeConnections")).isEqualTo(2);
    }

    @Test
    void aSingleReadMustAnswerTheResourceAskedFor() {
        emulator.faults().rewrite("describePrivateVif", (request, answer) -> json(200,
                "{\"requestId\":\"r1\",\"result\":{\"privateVif\":{\"privateVifId\":\"pvif-other\"}}}"), 1);
        emulator.faults().rewrite("describeConnections", (request, answer) -> json(200, "{\"requestId\":\"r2\",\"result\":"
                + "{\"connections\":[{\"connectionId\":\"dc-asked\"},{\"connectionId\":\"dc-other\"}],\"totalCount\":2}}"), 1);

        assertThatThrownBy(() -> client.virtualInterfaces().get("pvif-asked")).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("pvif-other");
        assertThatThrownBy(() -> client.connections().get("dc-asked")).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("2 records");
    }

    @Test
    void bodiesAndFieldsOfTheWrongShapeAreProtocolErrorsNamingTheField() {
        client.connections().create(JdRequests.line("shapes"));
        for (String body : List.of("null", "[]", "\"x\"", "42", "{\"requestId\":\"r\"}",
                "{\"requestId\":\"r\",\"result\":{\"connections\":[]}}")) {
            emulator.faults().replaceBody("describeConnections", body, 1);
            assertThatThrownBy(() -> client.connections().list().stream().count()).as(body)
                    .isInstanceOf(ProtocolException.class);
        }
        emulator.faults().rewrite("describeConnections", (request, answer) -> json(answer.status(),
                text(answer).replace("\"vifIds\":[]", "\"vifIds\":{}")), 1);
        assertThatThrownBy(() -> client.connections().list().stream().count()).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("vifIds");
    }

    @Test
    void aCreateWhoseIdCannotBeReadIsNeverOrderedTwice() {
        emulator.faults().rewrite("createConnection", (request, answer) -> json(200,
                "{\"requestId\":\"r\",\"result\":{\"connectionId\":42}}"), 1);

        Connection created = client.connections().create(JdRequests.line("unreadable"));

        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isEqualTo(1);
        assertThat(emulator.requests().count("createConnection")).isEqualTo(1);
        assertThat(created.name()).isEqualTo("unreadable");
    }

    private static String text(EmulatorResponse answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    private static EmulatorResponse json(int status, String body) {
        return new EmulatorResponse(status, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
    }
}
