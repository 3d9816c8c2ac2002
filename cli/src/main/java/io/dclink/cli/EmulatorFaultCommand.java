package io.dclink.cli;

import io.dclink.testkit.emulator.FaultKind;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dclink emulator fault --kind KIND}: a fault for the next calls of an operation of a running emulator. */
@Command(name = "fault", description = "Script a fault for the next calls of an operation.")
final class EmulatorFaultCommand extends AdminCall {

    @Option(names = "--kind", required = true, paramLabel = "KIND", converter = ScriptableFaultKinds.class,
            completionCandidates = ScriptableFaultKinds.class,
            description = "What happens: ${COMPLETION-CANDIDATES} (docs/testing.md says what each does).")
    FaultKind kind;

    @Option(names = "--operation", paramLabel = "NAME", description = "The provider's operation (default: any).")
    String operation;

    @Option(names = "--times", paramLabel = "N", description = "How many calls it strikes (default 1).")
    Integer times;

    @Option(names = "--status", paramLabel = "HTTP", description = "The HTTP status of server_error (default 503) "
            + "and provider_error.")
    Integer status;

    @Option(names = "--delay", paramLabel = "DURATION", description = "How long delay waits, e.g. 5s or PT5S.")
    Duration delay;

    @Option(names = "--code", paramLabel = "CODE", description = "The provider's error code of provider_error.")
    String code;

    @Option(names = "--retry-after", paramLabel = "SECONDS",
            description = "The Retry-After of throttle, server_error and provider_error.")
    Integer retryAfter;

    @Option(names = "--body", paramLabel = "JSON", description = "What replaced_body answers instead, e.g. null or [].")
    String body;

    @Override
    String method() {
        return "POST";
    }

    @Override
    String path() {
        return "faults";
    }

    @Override
    Map<String, String> query() {
        require(kind != FaultKind.DELAY || delay != null, "--kind delay needs --delay");
        require(kind != FaultKind.PROVIDER_ERROR || code != null && status != null,
                "--kind provider_error needs --code and --status");
        require(kind != FaultKind.REPLACED_BODY || body != null, "--kind replaced_body needs --body");
        Map<String, String> query = new LinkedHashMap<>();
        query.put("kind", kind.name());
        query.put("operation", operation);
        query.put("times", times == null ? null : times.toString());
        query.put("status", status == null ? null : status.toString());
        query.put("delay", delay == null ? null : delay.toString());
        query.put("code", code);
        query.put("retryAfter", retryAfter == null ? null : retryAfter.toString());
        query.put("body", body);
        return query;
    }

    private static void require(boolean given, String message) {
        if (!given) {
            throw new UsageException(message);
        }
    }
}
