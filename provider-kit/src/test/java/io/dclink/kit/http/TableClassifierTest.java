package io.dclink.kit.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dclink.error.DirectConnectException;
import io.dclink.error.ErrorContext;
import io.dclink.error.InvalidStateException;
import io.dclink.error.ThrottledException;
import io.dclink.spi.ErrorCategory;
import io.dclink.spi.ErrorEnvelope;
import io.dclink.spi.ErrorTable;
import io.dclink.spi.HttpResult;
import io.dclink.spi.ResponseContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The classifier a plugin gets from its tables: the envelope says where, the table says what. */
class TableClassifierTest {

    private static final ErrorTable TABLE = ErrorTable.builder()
            .exact("Busy", ErrorCategory.INVALID_STATE).retryable()
            .prefix("RequestLimitExceeded", ErrorCategory.THROTTLED)
            .build();
    private static final ErrorEnvelope IN_200 = new ErrorEnvelope(List.of("/Response/Error/Code"),
            List.of("/Response/Error/Message"), List.of("/Response/RequestId"), 200, true);
    private static final ErrorEnvelope ONLY_4XX = new ErrorEnvelope(List.of("/Code", "/code"), List.of("/Message"),
            List.of("/RequestId"), 400, false);

    private static Optional<DirectConnectException> classify(ErrorEnvelope envelope, int status, String body) {
        return classify(new TableClassifier(TABLE, envelope), status, body);
    }

    private static Optional<DirectConnectException> classify(TableClassifier classifier, int status, String body) {
        return classifier.classify(new HttpResult(status, Map.of(), body.getBytes(StandardCharsets.UTF_8)), context(status));
    }

    private static ResponseContext context(int status) {
        return new ResponseContext() {
            @Override
            public ErrorContext errorContext() {
                return ErrorContext.of("acme").withHttpStatus(status);
            }

            @Override
            public String operation() {
                return "Describe";
            }

            @Override
            public String scrub(String text) {
                return text.replace("s3cret", "****");
            }
        };
    }

    @Test
    void anErrorInA200IsFoundWhereTheEnvelopeSays() {
        assertThat(classify(IN_200, 200, "{\"Response\":{\"Error\":{\"Code\":\"Busy\",\"Message\":\"key s3cret\"},"
                + "\"RequestId\":\"r-1\"}}")).get().isInstanceOfSatisfying(InvalidStateException.class, e -> {
                    assertThat(e.errorCode()).contains("Busy");
                    assertThat(e.requestId()).contains("r-1");
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.getMessage()).contains("key ****").doesNotContain("s3cret");
                });
        assertThat(classify(IN_200, 200, "{\"Response\":{\"Error\":{\"Code\":\"RequestLimitExceeded.Uin\"}}}")).get()
                .isInstanceOf(ThrottledException.class);
        assertThat(classify(IN_200, 200, "{\"Response\":{\"RequestId\":\"r\"}}")).isEmpty();
    }

    @Test
    void aProviderThatAnswersErrorsWithErrorStatusesIsNotReadAtSuccess() {
        assertThat(classify(ONLY_4XX, 200, "{\"code\":\"200\",\"success\":true}")).isEmpty();
        assertThat(classify(ONLY_4XX, 400, "{\"code\":\"Busy\"}")).get().isInstanceOf(InvalidStateException.class);
    }

    @Test
    void aCodeInASuccessAnswerIsAnErrorUnlessTheEnvelopeNamesItASuccessCode() {
        ErrorEnvelope envelope = new ErrorEnvelope(List.of("/Code", "/code"), List.of("/Message"), List.of("/RequestId"),
                400, true, java.util.Set.of("200", "Success"));

        assertThat(classify(envelope, 200, "{\"Code\":\"Busy\",\"RequestId\":\"r\"}")).get()
                .isInstanceOf(InvalidStateException.class);
        assertThat(classify(envelope, 200, "{\"code\":\"200\",\"success\":true}")).isEmpty();
        assertThat(classify(envelope, 200, "{\"RequestId\":\"r\"}")).isEmpty();
        assertThat(classify(envelope, 400, "{\"Code\":\"Success\"}")).as("a success code at an error status is not")
                .get().isInstanceOf(DirectConnectException.class);
    }

    @Test
    void aBodyThatIsNotJsonOrHasNoCodeIsLeftToTheStatus() {
        assertThat(classify(ONLY_4XX, 502, "<html>bad gateway</html>")).isEmpty();
        assertThat(classify(ONLY_4XX, 404, "")).isEmpty();
        assertThat(classify(ONLY_4XX, 400, "{\"Code\":\"\"}")).isEmpty();
    }

    @Test
    void anErrorStatusWithoutACodeTakesTheRequestIdFromTheHeaderTheEnvelopeNames() {
        ErrorEnvelope withHeader = new ErrorEnvelope(List.of("/code"), List.of("/message"), List.of("/requestId"), 400,
                false, java.util.Set.of(), List.of("X-Acme-Request-Id"));
        TableClassifier classifier = new TableClassifier(TABLE, withHeader);
        Map<String, List<String>> headers = Map.of("x-acme-request-id", List.of("req-7"));

        Optional<DirectConnectException> bodyless = classifier.classify(new HttpResult(502, headers, new byte[0]), context(502));
        Optional<DirectConnectException> coded = classifier.classify(new HttpResult(400, headers,
                "{\"code\":\"Busy\"}".getBytes(StandardCharsets.UTF_8)), context(400));

        assertThat(bodyless).get().satisfies(e -> {
            assertThat(e.requestId()).contains("req-7");
            assertThat(e.getMessage()).contains("HTTP 502");
            assertThat(e.isRetryable()).isTrue();
        });
        assertThat(coded).get().satisfies(e -> assertThat(e.requestId()).contains("req-7"));
        assertThat(classifier.classify(new HttpResult(502, Map.of(), new byte[0]), context(502)))
                .as("no request id anywhere: left to the status").isEmpty();
    }

    /** Parses with the kit's reader and counts the bodies it parsed. */
    private static final class CountingReader implements Function<byte[], JsonNode> {
        int parsed;

        @Override
        public JsonNode apply(byte[] body) {
            parsed++;
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                return null;
            }
        }
    }

    private static Optional<DirectConnectException> classify(CountingReader reader, int status, String body) {
        return classify(new TableClassifier(TABLE, IN_200, reader), status, body);
    }

    @Test
    void aSuccessfulAnswerIsLeftForThePluginToParseOnce() {
        CountingReader reader = new CountingReader();

        assertThat(classify(reader, 200, "{\"Response\":{\"TotalCount\":1,\"Set\":[{\"Id\":\"dc-1\","
                + "\"Note\":\"Error: none\",\"Code\":\"x\"}],\"RequestId\":\"r\"}}")).isEmpty();
        assertThat(classify(reader, 200, "{\"Response\":{\"RequestId\":\"r\"}}")).isEmpty();

        assertThat(reader.parsed).as("bodies parsed by the classifier").isZero();
    }

    @Test
    void anAnswerThatMayHoldTheCodeIsStillParsedAndJudgedExactly() {
        CountingReader reader = new CountingReader();

        assertThat(classify(reader, 200, "{\"Response\":{\"Error\" : {\"Code\":\"Busy\"}}}")).get()
                .isInstanceOf(InvalidStateException.class);
        assertThat(classify(reader, 200, "{\"Response\":{\"\\u0045rror\":{\"Code\":\"Busy\"}}}")).as("escaped name")
                .get().isInstanceOf(InvalidStateException.class);
        assertThat(classify(reader, 200, "{\"Response\":{\"Items\":[{\"Error\":{\"Code\":\"Busy\"}}]}}"))
                .as("the names, but elsewhere").isEmpty();

        assertThat(reader.parsed).isEqualTo(3);
    }
}
