package io.dclink.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.error.ErrorContext;
import io.dclink.error.ProviderErrorException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dclink emulator …}: {@code start} runs a provider's emulator; the other subcommands are
 * the provider's people and the clock of a running emulator, through its admin endpoint
 * ({@code --endpoint} is the emulator's base URL).
 */
@Command(name = "emulator",
        description = "Run a provider's emulator, or operate a running one (the provider's people, its clock, faults).",
        subcommands = {EmulatorStartCommand.class, EmulatorCommand.Approve.class, EmulatorCommand.Reject.class,
                EmulatorCommand.MarkPaid.class, EmulatorCommand.IssueLoa.class, EmulatorCommand.RejectLoa.class,
                EmulatorCommand.CompleteConstruction.class, EmulatorCommand.Advance.class, EmulatorCommand.LinkUp.class,
                EmulatorCommand.LinkDown.class, EmulatorCommand.SetState.class, EmulatorCommand.Clock.class,
                EmulatorCommand.Fault.class, EmulatorCommand.Requests.class, EmulatorCommand.Health.class})
final class EmulatorCommand {

    /** One admin request. */
    abstract static class AdminCall implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        abstract String method();

        abstract String path();

        Map<String, String> query() {
            return Map.of();
        }

        @Override
        public Integer call() throws IOException, InterruptedException {
            DclinkCommand root = DclinkCommand.of(spec);
            if (root.endpoint == null) {
                throw new UsageException("give the emulator's base URL with --endpoint (or DCLINK_ENDPOINT)");
            }
            StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
            query().forEach((name, value) -> {
                if (value != null) {
                    query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            });
            URI uri = root.endpoint.resolve("/_dclink/" + path() + query);
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .method(method(), HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                String said = response.body();
                try {
                    said = Output.JSON.readTree(said).path("error").asText(said);
                } catch (IOException notJson) {
                    // the body is shown as it came
                }
                throw new ProviderErrorException("the emulator refused " + path() + ": " + said,
                        ErrorContext.of("emulator").withHttpStatus(response.statusCode()), null);
            }
            JsonNode answer = Output.JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
            Output out = root.output();
            if (answer.isArray()) {
                out.raw(answer);
            } else {
                out.one(answer);
            }
            return ExitCodes.OK;
        }
    }

    /** An operator action on one resource. */
    abstract static class OperatorCall extends AdminCall {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--type", paramLabel = "TYPE", description = "CONNECTION (default), VIRTUAL_INTERFACE, ROUTE, …")
        String type;

        /** The admin action: the command's name in camel case ({@code mark-paid} is {@code markPaid}). */
        String action() {
            StringBuilder action = new StringBuilder();
            for (String word : spec.name().split("-")) {
                action.append(action.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
            return action.toString();
        }

        @Override
        String method() {
            return "POST";
        }

        @Override
        String path() {
            return "operator/" + action();
        }

        @Override
        Map<String, String> query() {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("id", id);
            query.put("type", type);
            return query;
        }
    }

    /** {@code emulator approve ID}. */
    @Command(name = "approve", description = "The provider approves the application.")
    static final class Approve extends OperatorCall {
    }

    /** {@code emulator reject ID}. */
    @Command(name = "reject", description = "The provider rejects the application.")
    static final class Reject extends OperatorCall {
        @Option(names = "--reason", paramLabel = "TEXT")
        String reason;

        @Override
        Map<String, String> query() {
            Map<String, String> query = super.query();
            query.put("reason", reason);
            return query;
        }
    }

    /** {@code emulator mark-paid ID}. */
    @Command(name = "mark-paid", description = "The order is paid in the provider's console.")
    static final class MarkPaid extends OperatorCall {
    }

    /** {@code emulator issue-loa ID}. */
    @Command(name = "issue-loa", description = "The provider approves and issues the LOA.")
    static final class IssueLoa extends OperatorCall {
    }

    /** {@code emulator reject-loa ID}. */
    @Command(name = "reject-loa", description = "The provider rejects the LOA application.")
    static final class RejectLoa extends OperatorCall {
    }

    /** {@code emulator complete-construction ID}. */
    @Command(name = "complete-construction", description = "The carrier or installer has built the line.")
    static final class CompleteConstruction extends OperatorCall {
    }

    /** {@code emulator advance ID}. */
    @Command(name = "advance", description = "The provider's next step, whatever it is.")
    static final class Advance extends OperatorCall {
    }

    /** {@code emulator link-up ID}. */
    @Command(name = "link-up", description = "The customer's router comes up (BGP established).")
    static final class LinkUp extends OperatorCall {
    }

    /** {@code emulator link-down ID}. */
    @Command(name = "link-down", description = "The link or session goes down.")
    static final class LinkDown extends OperatorCall {
    }

    /** {@code emulator set-state ID --raw VALUE}. */
    @Command(name = "set-state", description = "Set any raw provider state, documented or not.")
    static final class SetState extends OperatorCall {
        @Option(names = "--raw", required = true, paramLabel = "VALUE")
        String raw;

        @Override
        String action() {
            return "setRawState";
        }

        @Override
        Map<String, String> query() {
            Map<String, String> query = super.query();
            query.put("raw", raw);
            return query;
        }
    }

    /** {@code emulator clock --working-days N | --duration D}. */
    @Command(name = "clock", description = "Move the emulated clock: due lifecycle steps happen.")
    static final class Clock extends AdminCall {
        @ArgGroup(multiplicity = "1")
        By by;

        /** Exactly one of working days and a duration. */
        static final class By {
            @Option(names = "--working-days", required = true, paramLabel = "N")
            Integer workingDays;

            @Option(names = "--duration", required = true, paramLabel = "DURATION", description = "ISO-8601, e.g. PT2H.")
            String duration;
        }

        @Override
        String method() {
            return "POST";
        }

        @Override
        String path() {
            return "clock/advance";
        }

        @Override
        Map<String, String> query() {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("workingDays", by.workingDays == null ? null : by.workingDays.toString());
            query.put("duration", by.duration);
            return query;
        }
    }

    /** {@code emulator fault --kind KIND}. */
    @Command(name = "fault", description = "Script a fault for the next calls of an operation.")
    static final class Fault extends AdminCall {
        @Option(names = "--kind", required = true, paramLabel = "KIND",
                description = "throttle, server_error, delay, reset_before_processing, reset_after_processing, "
                        + "truncated_body, malformed_body")
        String kind;

        @Option(names = "--operation", paramLabel = "NAME", description = "The provider's operation (default: any).")
        String operation;

        @Option(names = "--times", paramLabel = "N")
        Integer times;

        @Option(names = "--status", paramLabel = "HTTP")
        Integer status;

        @Option(names = "--delay", paramLabel = "DURATION")
        String delay;

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
            Map<String, String> query = new LinkedHashMap<>();
            query.put("kind", kind);
            query.put("operation", operation);
            query.put("times", times == null ? null : times.toString());
            query.put("status", status == null ? null : status.toString());
            query.put("delay", delay);
            return query;
        }
    }

    /** {@code emulator requests}. */
    @Command(name = "requests", description = "The requests the emulator received.")
    static final class Requests extends AdminCall {
        @Override
        String method() {
            return "GET";
        }

        @Override
        String path() {
            return "requests";
        }
    }

    /** {@code emulator health}. */
    @Command(name = "health", description = "The emulator's provider, region and emulated time.")
    static final class Health extends AdminCall {
        @Override
        String method() {
            return "GET";
        }

        @Override
        String path() {
            return "health";
        }
    }
}
