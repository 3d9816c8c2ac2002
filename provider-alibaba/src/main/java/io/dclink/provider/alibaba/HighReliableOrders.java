package io.dclink.provider.alibaba;

import io.dclink.error.Problem;
import io.dclink.kit.json.JsonRecord;
import io.dclink.kit.validation.Problems;
import io.dclink.model.Connection;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.pair.RedundantLinesOrder;
import io.dclink.spi.ErrorTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * High-reliability orders (CreateHighReliablePhysicalConnection): several redundant lines in one
 * order, in one of four modes, with one {@code ClientToken}. Each {@code ApList} entry carries the
 * access point, carrier, region, bandwidth, circuit code, name, description, optical module and
 * customer location; the port type and tags are the order's. The answer lists the lines made
 * ({@code PhysicalConnectionList.physicalConnectionList[].InstanceId}), which are then read; an
 * answer with errors is an error naming the lines it made anyway, so that none is forgotten.
 */
final class HighReliableOrders {

    /** The four modes. */
    static final List<String> MODES = List.of("MultiApMultiDevice", "MultiApSingleDevice", "SingleApMultiDevice",
            "SingleApMultiConnection");
    /** The port types a high-reliability order takes. */
    static final List<String> PORT_TYPES = List.of("1000Base-LX", "10GBase-LR", "40GBase-LR", "100GBase-LR");
    /** The mode that takes {@code PortNum}, lines on one access point, 2 to 16. */
    static final String COUNTED_MODE = "SingleApMultiConnection";

    private final AlibabaApi api;
    private final AlibabaConnections connections;

    HighReliableOrders(AlibabaApi api, AlibabaConnections connections) {
        this.api = api;
        this.connections = connections;
    }

    static List<Problem> validate(RedundantLinesOrder order) {
        Problems problems = new Problems();
        problems.check(MODES.contains(order.mode()), "mode", "must be one of " + MODES + ", was '" + order.mode() + "'");
        // UNVERIFIED: the MultiAp modes take two different access points, the SingleAp modes one.
        int wanted = order.mode().startsWith("MultiAp") ? 2 : 1;
        problems.check(order.accessPoints().size() == wanted, "accessPoints", order.mode() + " takes " + wanted
                + " access point" + (wanted == 1 ? "" : "s"));
        problems.check(order.accessPoints().stream().map(CreateConnectionRequest::accessPointId).distinct().count()
                == order.accessPoints().size(), "accessPoints", "the access points must differ");
        boolean counted = order.mode().equals(COUNTED_MODE);
        Integer count = order.linesPerAccessPoint();
        problems.check(counted || count == null, "linesPerAccessPoint", "only " + COUNTED_MODE + " takes a count (PortNum)");
        problems.check(!counted || count != null && count >= 2 && count <= 16, "linesPerAccessPoint",
                COUNTED_MODE + " takes 2 to 16 lines (PortNum)");
        List<Problem> all = new ArrayList<>(problems.list());
        List<CreateConnectionRequest> entries = order.accessPoints();
        for (int i = 0; i < entries.size(); i++) {
            CreateConnectionRequest entry = entries.get(i);
            String prefix = "accessPoints[" + i + "].";
            List<Problem> entryProblems = new ArrayList<>(AlibabaConnections.validate(entry));
            if (entry.portType() == null || !PORT_TYPES.contains(entry.portType())) {
                entryProblems.add(new Problem("portType", "a high-reliability order takes port type " + PORT_TYPES
                        + ", was " + (entry.portType() == null ? "none" : "'" + entry.portType() + "'")));
            }
            if (SetupOrders.asked(entry)) {
                entryProblems.add(new Problem("providerOptions." + SetupOrders.OPTION, "a high-reliability order is not "
                        + "an installation-fee order; leave it out"));
            }
            if (entry.redundantConnectionId() != null) {
                entryProblems.add(new Problem("redundantConnectionId", "a high-reliability order makes the lines "
                        + "redundant itself; leave it empty"));
            }
            if (!Objects.equals(entry.portType(), entries.get(0).portType())) {
                entryProblems.add(new Problem("portType", "every line of one order has the order's port type, "
                        + entries.get(0).portType()));
            }
            if (!entry.tags().equals(entries.get(0).tags())) {
                entryProblems.add(new Problem("tags", "the tags are the order's: give every access point the same"));
            }
            if (!Objects.equals(entry.providerOptions().get("ResourceGroupId"),
                    entries.get(0).providerOptions().get("ResourceGroupId"))) {
                entryProblems.add(new Problem("providerOptions.ResourceGroupId", "the resource group is the order's: "
                        + "give every access point the same"));
            }
            entryProblems.forEach(problem -> all.add(new Problem(prefix + problem.field(), problem.message())));
        }
        return all;
    }

    CompletableFuture<List<Connection>> order(RedundantLinesOrder order) {
        CreateConnectionRequest first = order.accessPoints().get(0);
        // UNVERIFIED: ApList is flattened as ApList.N.Field in the query, as other RPC lists of objects are.
        RpcParams params = api.params()
                .put("HighReliableType", order.mode())
                .put("PortType", first.portType())
                .put("ResourceGroupId", first.providerOptions().get("ResourceGroupId"))
                .tags("Tag", first.tags());
        List<CreateConnectionRequest> entries = order.accessPoints();
        for (int i = 0; i < entries.size(); i++) {
            CreateConnectionRequest entry = entries.get(i);
            String prefix = "ApList." + (i + 1) + ".";
            params.put(prefix + "AccessPointId", entry.accessPointId())
                    .put(prefix + "LineOperator", entry.carrier())
                    .put(prefix + "RegionId", api.region())
                    .put(prefix + "Bandwidth", entry.bandwidthMbps())
                    .put(prefix + "CircuitCode", entry.circuitCode())
                    .put(prefix + "Name", entry.name())
                    .put(prefix + "Description", entry.description())
                    .put(prefix + "OpticalModuleModel", entry.providerOptions().get("OpticalModuleModel"))
                    .put(prefix + "PeerLocation", entry.customerAddress())
                    .put(prefix + "PortNum", order.linesPerAccessPoint());
        }
        return api.write("CreateHighReliablePhysicalConnection", params, order.idempotencyKey())
                .thenCompose(this::lines);
    }

    /** The lines an answer lists, read; errors in the answer fail the order, naming the lines it made anyway. */
    private CompletableFuture<List<Connection>> lines(JsonRecord answer) {
        List<String> ids = answer.record("PhysicalConnectionList").records("physicalConnectionList").stream()
                .map(made -> AlibabaApi.id(made, "InstanceId", "pc-")).toList();
        List<JsonRecord> errors = answer.record("ErrorInfoList").records("errorInfoList");
        if (!errors.isEmpty()) {
            JsonRecord error = errors.get(0);
            String code = error.requiredText("ErrorCode");
            ErrorTable.Classification classified = AlibabaErrors.TABLE.classify(code, 400);
            throw classified.category().exception(classified.category().remedy() + ": the high-reliability order failed: "
                    + code + ": "
                    + error.text("ErrorMessage") + (ids.isEmpty() ? "" : "; it made " + ids + " anyway: cancel or delete "
                    + "them, or repeat the order with the same idempotency key"), api.errors().withErrorCode(code)
                    .withRetryable(classified.retryable()));
        }
        if (ids.isEmpty()) {
            throw answer.error("the answer lists no physical connection and no error");
        }
        List<CompletableFuture<Connection>> reads = ids.stream().map(connections::get).toList();
        return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new))
                .thenApply(done -> reads.stream().map(CompletableFuture::join).collect(Collectors.toList()));
    }
}
