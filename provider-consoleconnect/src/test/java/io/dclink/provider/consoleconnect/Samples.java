package io.dclink.provider.consoleconnect;

import io.dclink.error.ErrorContext;
import io.dclink.kit.json.Json;
import io.dclink.kit.json.JsonRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The reference's samples (see {@code samples/consoleconnect/SOURCES.md}) and small records, read as the plugin reads answers. */
final class Samples {

    private Samples() {
    }

    static JsonRecord sample(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/consoleconnect/" + name)) {
            if (in == null) {
                throw new AssertionError("no sample " + name);
            }
            return Json.parse(in.readAllBytes(), name, ErrorContext.of(ConsoleConnectProvider.ID));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonRecord record(String json) {
        return Json.parse(json.getBytes(StandardCharsets.UTF_8), "a record", ErrorContext.of(ConsoleConnectProvider.ID));
    }
}
