package io.dclink.kit.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dclink.error.DirectConnectException;
import io.dclink.spi.ErrorEnvelope;
import io.dclink.spi.ErrorTable;
import io.dclink.spi.HttpResult;
import io.dclink.spi.ResponseClassifier;
import io.dclink.spi.ResponseContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A provider's error mapping built from its descriptor's data: the {@link ErrorEnvelope} says where
 * an answer keeps its code, message and request id, the {@link ErrorTable} what the code means. An
 * answer whose body holds a code is an error (at a success status only where the envelope says
 * so); one without is left to the HTTP status. A body that is not JSON holds no code.
 *
 * <p>A successful answer is parsed once, by the plugin that maps it: at a success status the body
 * is parsed here only if its text holds every member name of a code's pointer (a byte scan), which
 * a provider's successful answers do not.
 */
public final class TableClassifier implements ResponseClassifier {

    private final ErrorTable table;
    private final ErrorEnvelope envelope;
    private final List<KeyScan> codeScans;
    private final Function<byte[], JsonNode> reader;

    /**
     * Creates the classifier.
     *
     * @param table the codes
     * @param envelope where they are
     */
    public TableClassifier(ErrorTable table, ErrorEnvelope envelope) {
        this(table, envelope, TableClassifier::read);
    }

    TableClassifier(ErrorTable table, ErrorEnvelope envelope, Function<byte[], JsonNode> reader) {
        this.table = table;
        this.envelope = envelope;
        this.reader = reader;
        List<KeyScan> scans = new ArrayList<>();
        for (String pointer : envelope.codeAt()) {
            scans.add(KeyScan.of(pointer));
        }
        this.codeScans = scans.contains(null) ? null : List.copyOf(scans);
    }

    @Override
    public Optional<DirectConnectException> classify(HttpResult result, ResponseContext response) {
        if (result.statusCode() < 300 && !envelope.errorsWithSuccessStatus()) {
            return Optional.empty();
        }
        if (result.statusCode() < 300 && !mayHoldCode(result.body())) {
            return Optional.empty();
        }
        JsonNode body = reader.apply(result.body());
        String code = body == null ? null : first(body, envelope.codeAt());
        if (code == null || result.statusCode() < 300 && envelope.successCodes().contains(code)) {
            return result.statusCode() >= 400 ? fromStatus(result, response) : Optional.empty();
        }
        String requestId = first(body, envelope.requestIdAt());
        ErrorTable.Classification classification = table.classify(code, result.statusCode());
        return Optional.of(ProviderErrors.of(classification.category(), classification.retryable(), code,
                requestId != null ? requestId : headerRequestId(result), first(body, envelope.messageAt()), response));
    }

    /** An error status the body does not explain: left to the runtime, unless a header names its request. */
    private Optional<DirectConnectException> fromStatus(HttpResult result, ResponseContext response) {
        String requestId = headerRequestId(result);
        return requestId == null ? Optional.empty() : Optional.of(ProviderErrors.fromStatus(result.statusCode(), requestId, response));
    }

    private String headerRequestId(HttpResult result) {
        for (String header : envelope.requestIdHeaders()) {
            Optional<String> value = result.header(header).filter(id -> !id.isBlank());
            if (value.isPresent()) {
                return value.get();
            }
        }
        return null;
    }

    /**
     * The request id of an answer, success or error.
     *
     * @param body the parsed answer
     * @return the id, or {@code null}
     */
    public String requestId(JsonNode body) {
        return first(body, envelope.requestIdAt());
    }

    private boolean mayHoldCode(byte[] body) {
        return codeScans == null || codeScans.stream().anyMatch(scan -> scan.mayMatch(body));
    }

    private static JsonNode read(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return Reader.JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String first(JsonNode body, List<String> pointers) {
        for (String pointer : pointers) {
            JsonNode value = body.at(pointer);
            if (value.isValueNode() && !value.isNull() && !value.asText().isEmpty()) {
                return value.asText();
            }
        }
        return null;
    }

    /** The parser, made when the first error answer is read. */
    private static final class Reader {
        static final ObjectMapper JSON = new ObjectMapper();
    }
}
