package io.dclink.core.testserver;

import io.dclink.core.testserver.TinyServer.Answer;
import io.dclink.core.testserver.TinyServer.Received;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** The in-memory state behind gamma's HTTP API (connections and routes), as a {@link TinyServer} handler. */
public final class GammaCloud {

    private final Map<String, String> connections = new ConcurrentHashMap<>();
    private final Map<String, String> routes = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(100);

    public Answer handle(Received request) {
        if (request.method().equals("POST") && request.path().equals("/connections")) {
            return Answer.ok(add(connections, "g-", request.body()));
        }
        if (request.method().equals("GET") && request.path().equals("/connections")) {
            return Answer.ok(list(connections));
        }
        if (request.method().equals("GET") && request.path().startsWith("/connections/")) {
            String found = connections.get(request.path().substring("/connections/".length()));
            return found != null ? Answer.ok(found)
                    : new Answer(404, Map.of("X-Request-Id", "req-404"),
                            "{\"error\":{\"code\":\"NotFound\",\"message\":\"no such connection\"}}");
        }
        if (request.method().equals("POST") && request.path().equals("/routes")) {
            return Answer.ok(add(routes, "r-", request.body()));
        }
        if (request.method().equals("GET") && request.path().equals("/routes")) {
            return Answer.ok(list(routes));
        }
        return new Answer(400, Map.of(), "{\"error\":{\"code\":\"BadRoute\",\"message\":\"unknown route\"}}");
    }

    private String add(Map<String, String> resources, String prefix, String body) {
        String id = prefix + ids.incrementAndGet();
        String json = body.replaceFirst("\\{", "{\"id\":\"" + id + "\",");
        resources.put(id, json);
        return json;
    }

    private static String list(Map<String, String> resources) {
        return "{\"items\":[" + resources.keySet().stream().sorted().map(resources::get)
                .collect(Collectors.joining(",")) + "]}";
    }

    /** The number of connections. */
    public int size() {
        return connections.size();
    }

    /** The number of routes. */
    public int routes() {
        return routes.size();
    }

    public void put(String id, String json) {
        connections.put(id, json);
    }
}
