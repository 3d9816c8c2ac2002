package io.dclink.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.DirectConnect;
import io.dclink.model.Connection;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.pair.PairCheckpoint;
import io.dclink.pair.PairOrdering;
import io.dclink.pair.PairRequest;
import io.dclink.pair.PairState;
import io.dclink.pair.PairWaitSpec;
import io.dclink.pair.RedundantPair;
import io.dclink.pair.RedundantPairs;
import io.dclink.pair.Resilience;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dclink pairs}: a redundant pair of lines ordered and followed as one. The pair lives in a
 * checkpoint file that {@code create} writes and {@code get} and {@code wait} read and bring up to
 * date (it changes when the second line is ordered).
 */
@Command(name = "pairs", description = "Redundant pairs of lines: order two lines as one, follow them to service.",
        subcommands = {PairsCommand.Create.class, PairsCommand.Get.class, PairsCommand.Wait.class})
final class PairsCommand {

    private PairsCommand() {
    }

    /** {@code pairs create}. */
    @Command(name = "create", description = "Check that a pair fits, then order both lines.")
    static final class Create extends ClientCommand {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The lines are NAME-1 and NAME-2.")
        String name;

        @Option(names = "--resilience", required = true, paramLabel = "TWO_ACCESS_POINTS|ONE_ACCESS_POINT_TWO_DEVICES")
        Resilience resilience;

        @Option(names = "--checkpoint", required = true, paramLabel = "FILE",
                description = "Where to keep the pair's checkpoint, for 'pairs get' and 'pairs wait'.")
        Path checkpoint;

        @Option(names = "--access-point", paramLabel = "ID", description = "The first access point (default: chosen).")
        String accessPointId;

        @Option(names = "--second-access-point", paramLabel = "ID", description = "The second (default: chosen).")
        String secondAccessPointId;

        @Option(names = "--city", paramLabel = "CITY", description = "Order in this city.")
        String city;

        @Option(names = "--separate-lines", description = "Two applications even where the provider has its own order.")
        boolean separateLines;

        @Option(names = "--carrier", paramLabel = "CODE", description = "The line operator, in the provider's codes.")
        String carrier;

        @Option(names = "--port-type", paramLabel = "TYPE", description = "e.g. 10GBase-LR.")
        String portType;

        @Option(names = "--option", paramLabel = "KEY=VALUE", description = "A provider option, for both lines.")
        Map<String, String> providerOptions = new LinkedHashMap<>();

        @Option(names = "--idempotency-key", paramLabel = "KEY", description = "Makes repeating this command safe.")
        String idempotencyKey;

        @ArgGroup(exclusive = false)
        ConnectionsCommand.Details details = new ConnectionsCommand.Details();

        @Override
        void run(DirectConnect client) {
            CreateConnectionRequest line = CreateConnectionRequest.builder().name(name).accessPointId(accessPointId)
                    .carrier(carrier).portType(portType).bandwidthMbps(details.bandwidthMbps)
                    .customerAddress(details.customerAddress).circuitCode(details.circuitCode)
                    .description(details.description).contact(Parse.contact(details.contact)).faultContact(Parse.contact(details.faultContact))
                    .providerOptions(providerOptions).build();
            RedundantPair pair = RedundantPairs.of(client).create(PairRequest.builder().resilience(resilience).line(line)
                    .secondAccessPointId(secondAccessPointId).city(city)
                    .ordering(separateLines ? PairOrdering.SEPARATE_LINES : PairOrdering.NATIVE_WHERE_OFFERED)
                    .idempotencyKey(idempotencyKey).build());
            store(checkpoint, pair);
            out().one(view(pair));
        }
    }

    /** {@code pairs get FILE}. */
    @Command(name = "get", description = "Read both lines: the pair's state, the one action it needs, its guarantees.")
    static final class Get extends ClientCommand {
        @Parameters(paramLabel = "FILE", description = "The checkpoint file 'pairs create' wrote.")
        Path checkpoint;

        @Override
        void run(DirectConnect client) {
            RedundantPair pair = RedundantPairs.of(client).get(load(checkpoint));
            store(checkpoint, pair);
            out().one(view(pair));
        }
    }

    /** {@code pairs wait FILE}. */
    @Command(name = "wait", description = "Wait until the pair reaches a state (default ACTIVE), ordering its second "
            + "line when due.")
    static final class Wait extends ClientCommand {
        @Parameters(paramLabel = "FILE", description = "The checkpoint file 'pairs create' wrote.")
        Path checkpoint;

        @Option(names = "--until", paramLabel = "STATE", split = ",", defaultValue = "ACTIVE",
                description = "One or more pair states (default ACTIVE).")
        PairState[] until;

        @ArgGroup(exclusive = false)
        WaitOptions options = new WaitOptions();

        @Override
        void run(DirectConnect client) {
            Duration timeout = options.timeout;
            Duration interval = options.interval;
            if (timeout.isNegative() || timeout.isZero() || interval.isNegative() || interval.isZero()) {
                throw new UsageException("--timeout and --interval must be positive durations, were " + timeout + " and "
                        + interval);
            }
            Duration longest = interval.compareTo(PairWaitSpec.DEFAULT_MAX_DELAY) > 0 ? interval : PairWaitSpec.DEFAULT_MAX_DELAY;
            PairWaitSpec spec = PairWaitSpec.until(until[0], Arrays.copyOfRange(until, 1, until.length)).timeout(timeout)
                    .polling(interval, longest).onCheckpoint(latest -> write(checkpoint, latest));
            RedundantPair pair = RedundantPairs.of(client).waitUntil(load(checkpoint), spec);
            store(checkpoint, pair);
            out().one(view(pair));
        }
    }

    private static PairCheckpoint load(Path file) {
        try {
            return PairCheckpoint.decode(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new UsageException("no checkpoint file " + file + ": give the file 'pairs create --checkpoint' wrote");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void store(Path file, RedundantPair pair) {
        write(file, pair.checkpoint());
    }

    private static void write(Path file, PairCheckpoint checkpoint) {
        try {
            Files.writeString(file, checkpoint.encode(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pair for people and programs: its state, the one action, the guarantees, then each line. */
    static ObjectNode view(RedundantPair pair) {
        ObjectNode view = Output.JSON.createObjectNode().put("key", pair.key()).put("provider", pair.provider())
                .put("state", pair.state().name()).put("requiredAction", pair.requiredAction().action().name())
                .put("party", pair.requiredAction().party().name()).put("actionOn", pair.requiredAction().connectionId())
                .put("next", pair.requiredAction().description()).put("resilience", pair.plan().resilience().name())
                .put("city", pair.plan().metro()).put("nativeOrder", pair.plan().nativeMode());
        view.set("accessPoints", Output.JSON.valueToTree(pair.plan().accessPointIds()));
        view.set("guarantees", Output.JSON.valueToTree(pair.guarantees()));
        ArrayNode lines = view.putArray("lines");
        for (Connection line : pair.lines()) {
            lines.addObject().put("id", line.id()).put("name", line.name()).put("accessPoint", line.accessPointId())
                    .put("state", line.state().name()).put("requiredAction", line.requiredAction().name())
                    .put("providerState", line.providerState().value());
        }
        return view;
    }
}
