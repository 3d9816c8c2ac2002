package io.dclink.provider.tencent;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.error.Problem;
import io.dclink.kit.paging.Pages;
import io.dclink.kit.validation.Problems;
import io.dclink.kit.validation.Ranges;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.Contact;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.spi.Page;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Lines: CreateDirectConnect, DescribeDirectConnects, ModifyDirectConnectAttribute, DeleteDirectConnect. */
final class TencentConnections {

    static final List<String> LINE_OPERATORS =
            List.of("ChinaTelecom", "ChinaMobile", "ChinaUnicom", "In-houseWiring", "ChinaOther", "InternationalOperator");
    static final List<String> PORT_TYPES = List.of("100Base-T", "1000Base-T", "1000Base-LX", "10GBase-T", "10GBase-LR");
    /** The seed's range; the API reference still says 2 to 10240 (UNVERIFIED which applies). */
    static final int MIN_BANDWIDTH = 2;
    static final int MAX_BANDWIDTH = 100_000;

    private final TencentApi api;

    TencentConnections(TencentApi api) {
        this.api = api;
    }

    CompletableFuture<Page<Connection>> list(ConnectionQuery query, String pageToken) {
        ObjectNode params = api.window(pageToken);
        if (!query.ids().isEmpty()) {
            query.ids().forEach(params.putArray("DirectConnectIds")::add);
        } else {
            // UNVERIFIED: values within a filter are OR'ed and separate filters AND'ed.
            ArrayNode filters = params.putArray("Filters");
            if (!query.names().isEmpty()) {
                TencentApi.filter(filters, "direct-connect-name", query.names());
            }
            // Only the documented filter spellings are sent; a state none of whose spellings can be filtered on
            // (DELETING) is selected locally instead, so the filter is sent only when it covers every state asked for.
            if (!query.states().isEmpty() && query.states().stream()
                    .noneMatch(state -> TencentStates.filterValues(state).isEmpty())) {
                TencentApi.filter(filters, "states", query.states().stream()
                        .flatMap(state -> TencentStates.filterValues(state).stream()).toList());
            }
            if (filters.isEmpty()) {
                params.remove("Filters");
            }
        }
        return api.dc().read("DescribeDirectConnects", params).thenApply(response -> api.page(response,
                "DirectConnectSet", pageToken, TencentMapping::connection,
                line -> (query.accessPointId() == null || query.accessPointId().equals(line.accessPointId()))
                        && (query.states().isEmpty() || query.states().contains(line.state()))));
    }

    CompletableFuture<Connection> get(String id) {
        ObjectNode params = api.params();
        params.putArray("DirectConnectIds").add(id);
        return api.dc().read("DescribeDirectConnects", params).thenApply(response -> TencentMapping.connection(
                api.one(response, "DirectConnectSet", "DirectConnectId", id, "direct connect")));
    }

    static List<Problem> validate(CreateConnectionRequest request) {
        Problems problems = new Problems().required("carrier", request.carrier()).required("portType", request.portType());
        TencentLimits.name(problems, "name", request.name(), TencentLimits.LINE_NAME);
        TencentLimits.noDescription(problems, request.description(), "a line");
        if (request.carrier() != null && !LINE_OPERATORS.contains(request.carrier())) {
            problems.add("carrier", "must be one of " + LINE_OPERATORS + ", was '" + request.carrier() + "'");
        }
        if (request.portType() != null && canonicalPortType(request.portType()).isEmpty()) {
            problems.add("portType", "must be one of " + PORT_TYPES + ", was '" + request.portType() + "'");
        }
        Ranges.bandwidth(problems, "bandwidthMbps", request.bandwidthMbps(), MIN_BANDWIDTH, MAX_BANDWIDTH);
        problems.text("customerAddress", request.customerAddress(), TencentLimits.LOCATION)
                .text("circuitCode", request.circuitCode(), TencentLimits.CIRCUIT_CODE);
        TencentLimits.contact(problems, "contact", request.contact());
        TencentLimits.contact(problems, "faultContact", request.faultContact());
        TencentLimits.tags(problems, request.tags());
        if (request.redundantConnectionId() != null && !request.redundantConnectionId().matches("dc-[0-9a-z]+")) {
            problems.add("redundantConnectionId", "must be a direct connect id (dc-...), was '"
                    + request.redundantConnectionId() + "'");
        }
        Map<String, String> options = request.providerOptions();
        String vlan = options.get("Vlan");
        if (vlan != null && !vlan.matches("0|[1-9][0-9]{0,3}")) {
            problems.add("providerOptions.Vlan", "must be a number, was '" + vlan + "'");
        } else if (vlan != null) {
            // UNVERIFIED: the line's debugging VLAN takes the tunnels' documented range, 0 to 3000.
            Ranges.vlan(problems, "providerOptions.Vlan", Integer.parseInt(vlan), TencentTunnels.MIN_VLAN,
                    TencentTunnels.MAX_VLAN);
        }
        problems.text("providerOptions.TencentAddress", options.get("TencentAddress"), TencentLimits.ADDRESS)
                .text("providerOptions.CustomerAddress", options.get("CustomerAddress"), TencentLimits.ADDRESS);
        String macSec = options.get("IsMacSec");
        problems.check(macSec == null || macSec.equals("true") || macSec.equals("false"), "providerOptions.IsMacSec",
                "must be true or false, was '" + macSec + "'");
        return problems.list();
    }

    static List<Problem> validate(UpdateConnectionRequest request) {
        Problems problems = new Problems();
        TencentLimits.name(problems, "name", request.name(), TencentLimits.LINE_NAME);
        TencentLimits.noDescription(problems, request.description(), "a line");
        problems.check(request.customerAddress() == null, "customerAddress",
                "cannot be changed on Tencent Cloud (ModifyDirectConnectAttribute has no Location)");
        problems.text("circuitCode", request.circuitCode(), TencentLimits.CIRCUIT_CODE);
        Ranges.bandwidth(problems, "bandwidthMbps", request.bandwidthMbps(), MIN_BANDWIDTH, MAX_BANDWIDTH);
        TencentLimits.contact(problems, "contact", request.contact());
        TencentLimits.contact(problems, "faultContact", request.faultContact());
        return problems.list();
    }

    CompletableFuture<Connection> create(CreateConnectionRequest request) {
        ObjectNode params = api.params()
                .put("DirectConnectName", request.name())
                .put("AccessPointId", request.accessPointId())
                .put("LineOperator", request.carrier())
                .put("PortType", canonicalPortType(request.portType()).orElseThrow())
                .put("SignLaw", true);
        TencentApi.putIfPresent(params, "CircuitCode", request.circuitCode());
        TencentApi.putIfPresent(params, "Location", request.customerAddress());
        TencentApi.putIfPresent(params, "RedundantDirectConnectId", request.redundantConnectionId());
        if (request.bandwidthMbps() != null) {
            params.put("Bandwidth", request.bandwidthMbps());
        }
        contacts(params, request.contact(), request.faultContact());
        Map<String, String> options = request.providerOptions();
        if (options.containsKey("Vlan")) {
            params.put("Vlan", Integer.parseInt(options.get("Vlan")));
        }
        TencentApi.putIfPresent(params, "TencentAddress", options.get("TencentAddress"));
        TencentApi.putIfPresent(params, "CustomerAddress", options.get("CustomerAddress"));
        if (options.containsKey("IsMacSec")) {
            params.put("IsMacSec", Boolean.parseBoolean(options.get("IsMacSec")));
        }
        IdempotencyTag.putTags(params, request.tags(), request.idempotencyKey());
        return api.dc().write("CreateDirectConnect", params)
                .thenCompose(response -> get(TencentApi.createdId(response, "DirectConnectIdSet", "dc-")));
    }

    /** The line a create with this idempotency key made, if any: every page of the lines with its name is read. */
    CompletableFuture<Optional<Connection>> findCreated(CreateConnectionRequest request) {
        ConnectionQuery named = ConnectionQuery.builder().names(List.of(request.name())).build();
        return Pages.all(token -> list(named, token), api.errors(), "direct connects named " + request.name())
                .thenApply(lines -> lines.stream()
                        .filter(line -> IdempotencyTag.carries(line.tags(), request.idempotencyKey())).findFirst());
    }

    CompletableFuture<Connection> update(String id, UpdateConnectionRequest request) {
        ObjectNode params = api.params().put("DirectConnectId", id);
        TencentApi.putIfPresent(params, "DirectConnectName", request.name());
        TencentApi.putIfPresent(params, "CircuitCode", request.circuitCode());
        if (request.bandwidthMbps() != null) {
            params.put("Bandwidth", request.bandwidthMbps());
        }
        contacts(params, request.contact(), request.faultContact());
        return api.dc().repeatableWrite("ModifyDirectConnectAttribute", params).thenCompose(response -> get(id));
    }

    CompletableFuture<Void> delete(String id) {
        return api.dc().delete("DeleteDirectConnect", api.params().put("DirectConnectId", id));
    }

    /** Port types are compared case-insensitively (the access points list them in upper case). */
    static Optional<String> canonicalPortType(String portType) {
        return PORT_TYPES.stream().filter(known -> known.equalsIgnoreCase(portType)).findFirst();
    }

    private static void contacts(ObjectNode params, Contact contact, Contact fault) {
        if (contact != null) {
            TencentApi.putIfPresent(params, "CustomerName", contact.name());
            TencentApi.putIfPresent(params, "CustomerContactMail", contact.email());
            TencentApi.putIfPresent(params, "CustomerContactNumber", contact.phone());
        }
        if (fault != null) {
            TencentApi.putIfPresent(params, "FaultReportContactPerson", fault.name());
            TencentApi.putIfPresent(params, "FaultReportContactEmail", fault.email());
            TencentApi.putIfPresent(params, "FaultReportContactNumber", fault.phone());
        }
    }

}
