package io.dclink.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The minimal loopback server of the benchmarks: HTTP/1.1 on plain sockets, one thread per
 * connection. The first request of each kind (method, target, action header and body) is passed to
 * the emulator behind it and its answer kept; every later one is answered from memory, so that a
 * benchmark measures the client, not the emulator. A synthesizer may answer requests itself.
 */
final class ReplayServer implements AutoCloseable {

    /** A request as read from the wire. */
    record Request(String method, String target, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** An answer to write. */
    record Answer(int status, String contentType, byte[] body) {
    }

    private final ServerSocket listener;
    private final int upstreamPort;
    private final Function<Request, Optional<Answer>> synthesizer;
    private final Map<String, Answer> recorded = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "replay");
        thread.setDaemon(true);
        return thread;
    });

    ReplayServer(int upstreamPort, Function<Request, Optional<Answer>> synthesizer) throws IOException {
        this.listener = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
        this.upstreamPort = upstreamPort;
        this.synthesizer = synthesizer;
        threads.execute(this::accept);
    }

    /** The answer kept for a request of an action, e.g. the page a client read while the server learnt. */
    Answer recorded(String action) {
        return recorded.entrySet().stream().filter(entry -> entry.getKey().contains(" " + action + " "))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException("no answer to " + action + " was recorded"));
    }

    int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                socket.setTcpNoDelay(true);
                threads.execute(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            for (Request request = read(in); request != null; request = read(in)) {
                write(out, answer(request));
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private Answer answer(Request request) {
        return synthesizer.apply(request).orElseGet(() -> recorded.computeIfAbsent(key(request), key -> forward(request)));
    }

    private static String key(Request request) {
        String action = Optional.ofNullable(request.header("x-tc-action")).orElse(Optional.ofNullable(
                request.header("x-acs-action")).orElse(""));
        return request.method() + " " + request.target() + " " + action + " " + new String(request.body(), StandardCharsets.UTF_8);
    }

    private Answer forward(Request request) {
        try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            OutputStream out = new BufferedOutputStream(upstream.getOutputStream());
            StringBuilder head = new StringBuilder(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
            request.headers().forEach((name, value) -> {
                if (!name.equals("connection") && !name.equals("content-length") && !name.equals("transfer-encoding")) {
                    head.append(name).append(": ").append(value).append("\r\n");
                }
            });
            head.append("Connection: close\r\nContent-Length: ").append(request.body().length).append("\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(request.body());
            out.flush();
            return readAnswer(new BufferedInputStream(upstream.getInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException("the emulator did not answer " + request.target(), e);
        }
    }

    private static Request read(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        Map<String, String> headers = headers(in);
        byte[] body = body(in, headers, false);
        headers.remove("transfer-encoding");
        return new Request(parts[0], parts[1], headers, body);
    }

    private static Answer readAnswer(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = headers(in);
        return new Answer(status, headers.getOrDefault("content-type", "application/json"), body(in, headers, true));
    }

    /** A message's body: chunked, of a stated length, or (for an answer) up to the end of the stream. */
    private static byte[] body(InputStream in, Map<String, String> headers, boolean toEnd) throws IOException {
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream chunks = new ByteArrayOutputStream();
            for (int size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
                chunks.write(in.readNBytes(size));
                line(in);
            }
            for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
                // trailers are not kept
            }
            return chunks.toByteArray();
        }
        if (headers.containsKey("content-length")) {
            return in.readNBytes(Integer.parseInt(headers.get("content-length")));
        }
        return toEnd ? in.readAllBytes() : new byte[0];
    }

    private static int chunkSize(String line) {
        String size = line.contains(";") ? line.substring(0, line.indexOf(';')) : line;
        return Integer.parseInt(size.trim(), 16);
    }

    private static Map<String, String> headers(InputStream in) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        return headers;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String text = bytes.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            bytes.write(b);
        }
        return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
    }

    private static void write(OutputStream out, Answer answer) throws IOException {
        String head = "HTTP/1.1 " + answer.status() + " OK\r\nContent-Type: " + answer.contentType()
                + "\r\nContent-Length: " + answer.body().length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(answer.body());
        out.flush();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        threads.shutdownNow();
    }
}
