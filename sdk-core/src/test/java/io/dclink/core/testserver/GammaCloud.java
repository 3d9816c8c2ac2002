package io.dclink.core.testserver;

import io.dclink.core.testserver.TinyServer.Answer;
import io.dclink.core.testserver.TinyServer.Received;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** The in-memory state behind gamma's HTTP API, as a {@link TinyServer} handler. */
public final class GammaCloud {

    private final Map<String, String> connections = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(100);

    public Answer handle(Received request) {
        if (request.method().equals("POST") && request.path().equals("/connections")) {
            String id = "g-" + ids.incrementAndGet();
            String json = request.body().replaceFirst("\\{", "{\"id\":\"" + id + "\",");
            connections.put(id, json);
            return Answer.ok(json);
        }
        if (request.method().equals("GET") && request.path().equals("/connections")) {
            return Answer.ok("{\"items\":[" + connections.keySet().stream().sorted().map(connections::get)
                    .collect(Collectors.joining(",")) + "]}");
        }
        if (request.method().equals("GET") && request.path().startsWith("/connections/")) {
            String found = connections.get(request.path().substring("/connections/".length()));
            return found != null ? Answer.ok(found)
                    : new Answer(404, Map.of("X-Request-Id", "req-404"),
                            "{\"error\":{\"code\":\"NotFound\",\"message\":\"no such connection\"}}");
        }
        return new Answer(400, Map.of(), "{\"error\":{\"code\":\"BadRoute\",\"message\":\"unknown route\"}}");
    }

    public int size() {
        return connections.size();
    }

    public void put(String id, String json) {
        connections.put(id, json);
    }
}
