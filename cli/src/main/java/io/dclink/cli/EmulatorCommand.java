package io.dclink.cli;

import io.dclink.lifecycle.ResourceType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
                EmulatorFaultCommand.class, EmulatorCommand.Requests.class, EmulatorCommand.Health.class})
final class EmulatorCommand {

    /** An operator action on one resource. */
    abstract static class OperatorCall extends AdminCall {
        @Parameters(paramLabel = "ID", description = "The resource the provider's people act on.")
        String id;

        @Option(names = "--type", paramLabel = "TYPE",
                description = "Its type: CONNECTION (default), VIRTUAL_INTERFACE, GATEWAY, ROUTE, LOA or ACCESS_POINT.")
        ResourceType type;

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
            query.put("type", type == null ? null : type.name());
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
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why, as the provider tells the customer.")
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
        @Option(names = "--raw", required = true, paramLabel = "VALUE", description = "The provider's raw state value.")
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
            @Option(names = "--working-days", required = true, paramLabel = "N",
                    description = "Working days (Monday to Friday) to move on.")
            Integer workingDays;

            @Option(names = "--duration", required = true, paramLabel = "DURATION",
                    description = "How long to move on, e.g. 90m, 2h, 3d or ISO-8601 PT2H.")
            Duration duration;
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
            if (by.workingDays != null && by.workingDays < 1) {
                throw new UsageException("--working-days must be 1 or more, was " + by.workingDays);
            }
            if (by.duration != null && (by.duration.isNegative() || by.duration.isZero())) {
                throw new UsageException("--duration must be positive (the clock only moves forward), was " + by.duration);
            }
            Map<String, String> query = new LinkedHashMap<>();
            query.put("workingDays", by.workingDays == null ? null : by.workingDays.toString());
            query.put("duration", by.duration == null ? null : by.duration.toString());
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
