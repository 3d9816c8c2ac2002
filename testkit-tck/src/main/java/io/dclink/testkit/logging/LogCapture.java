package io.dclink.testkit.logging;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/** The log lines captured by {@link CapturingSlf4jProvider}. */
public final class LogCapture {

    private static final List<String> LINES = new CopyOnWriteArrayList<>();

    private LogCapture() {
    }

    /**
     * Whether the capturing provider is SLF4J's active provider in this JVM.
     *
     * @return {@code true} if lines are being captured
     */
    public static boolean isActive() {
        return LoggerFactory.getILoggerFactory() instanceof CapturingLoggerFactory;
    }

    /**
     * Every captured line so far: level, logger, message and any throwable's text.
     *
     * @return the lines
     */
    public static List<String> lines() {
        return List.copyOf(LINES);
    }

    /**
     * The captured lines that contain any of the given values.
     *
     * @param values the values to look for
     * @return the offending lines
     */
    public static List<String> linesContaining(List<String> values) {
        return LINES.stream().filter(line -> values.stream().anyMatch(v -> !v.isEmpty() && line.contains(v)))
                .collect(Collectors.toList());
    }

    static void add(String line) {
        LINES.add(line);
    }
}
