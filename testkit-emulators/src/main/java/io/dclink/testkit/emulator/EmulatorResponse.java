package io.dclink.testkit.emulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An emulator's answer.
 *
 * @param status the HTTP status
 * @param headers the headers
 * @param body the body
 */
public record EmulatorResponse(int status, Map<String, String> headers, byte[] body) {

    /**
     * Copies the headers.
     *
     * @param status the status
     * @param headers the headers
     * @param body the body
     */
    public EmulatorResponse {
        headers = Map.copyOf(headers);
    }

    /**
     * A JSON answer.
     *
     * @param status the status
     * @param json the JSON text
     * @return the response
     */
    public static EmulatorResponse json(int status, String json) {
        return new EmulatorResponse(status, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A copy with one more header.
     *
     * @param name the name
     * @param value the value
     * @return the copy
     */
    public EmulatorResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new EmulatorResponse(status, copy, body);
    }
}
