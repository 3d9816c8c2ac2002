package io.dclink.testkit.emulator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** Every request an emulator received, in order. */
public final class RequestLog {

    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    RequestLog() {
    }

    void add(RecordedRequest request) {
        requests.add(request);
    }

    /**
     * Everything received.
     *
     * @return the requests, oldest first
     */
    public List<RecordedRequest> all() {
        return List.copyOf(requests);
    }

    /**
     * The requests of one operation.
     *
     * @param operation the provider operation
     * @return them, oldest first
     */
    public List<RecordedRequest> of(String operation) {
        return requests.stream().filter(r -> r.operation().equals(operation)).collect(Collectors.toList());
    }

    /**
     * How many requests of one operation were received.
     *
     * @param operation the provider operation
     * @return the count
     */
    public int count(String operation) {
        return of(operation).size();
    }

    /**
     * How many requests were received.
     *
     * @return the count
     */
    public int size() {
        return requests.size();
    }

    /** Forgets everything. */
    public void clear() {
        requests.clear();
    }
}
