package io.dclink.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.dclink.core.http.ProviderErrors;
import io.dclink.error.ErrorContext;
import io.dclink.error.ProtocolException;
import java.io.IOException;

/**
 * Jackson, configured once for provider APIs: unknown fields are ignored (providers add fields),
 * nulls are not written, and a body that cannot be read becomes a {@link ProtocolException} that
 * never quotes the body.
 */
public final class Json {

    private static final ObjectMapper MAPPER = newMapper();

    private Json() {
    }

    /**
     * The shared mapper. Do not reconfigure it; use {@link #newMapper()} for a variant.
     *
     * @return the mapper
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * A new mapper with dclink's configuration, for plugins that need a variant (for example a
     * naming strategy).
     *
     * @return the mapper
     */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .build();
    }

    /**
     * Reads a body.
     *
     * @param mapper the mapper
     * @param body the bytes
     * @param type the target type
     * @param what what is being read, for the error message
     * @param context where it came from
     * @param <T> the target type
     * @return the value
     * @throws ProtocolException if the body cannot be read
     */
    public static <T> T read(ObjectMapper mapper, byte[] body, Class<T> type, String what, ErrorContext context) {
        try {
            return mapper.readValue(body, type);
        } catch (IOException e) {
            throw ProviderErrors.malformed(what, context, sanitized(e));
        }
    }

    /**
     * Reads a body as a tree.
     *
     * @param body the bytes
     * @param what what is being read, for the error message
     * @param context where it came from
     * @return the tree
     * @throws ProtocolException if the body is not JSON
     */
    public static JsonNode tree(byte[] body, String what, ErrorContext context) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ProviderErrors.malformed(what + " (empty)", context, null);
            }
            return node;
        } catch (IOException e) {
            throw ProviderErrors.malformed(what, context, sanitized(e));
        }
    }

    /**
     * Writes a value.
     *
     * @param mapper the mapper
     * @param value the value
     * @return the JSON bytes
     */
    public static byte[] write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /** Jackson quotes the offending input in its messages; keep only the position. */
    private static IOException sanitized(IOException e) {
        String position = e instanceof JsonProcessingException json && json.getLocation() != null
                ? " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() : "";
        return new IOException(e.getClass().getSimpleName() + position);
    }
}
