package io.dclink.faultcorpus;

import static io.dclink.faultcorpus.Checks.sameId;

import io.dclink.DirectConnect;
import io.dclink.auth.Secret;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.BgpPeering;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.ConstructionReport;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateConnectionRequestBuilder;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateGatewayRequestBuilder;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.CreateVirtualInterfaceRequestBuilder;
import io.dclink.model.GatewayQuery;
import io.dclink.model.LoaApplication;
import io.dclink.model.LoaApplicationBuilder;
import io.dclink.model.PaymentOptions;
import io.dclink.model.Resource;
import io.dclink.model.RouteQuery;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.UpdateConnectionRequestBuilder;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.model.VirtualInterfaceQuery;
import io.dclink.spi.ProviderOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Bad input through the public Java API: over-long and control-character text, numbers out of
 * range, malformed CIDRs, ids of the wrong format or of another type, nulls. A case passes when
 * the call refuses the input with a typed error (or, for a programmer error, a
 * {@link NullPointerException} or {@link IllegalArgumentException} naming the argument), or
 * accepts it without ordering twice or answering about something else.
 */
final class BadInputs {

    /** The categories, as the report names them. */
    static final String NULL = "NULL";
    static final String OVERLONG_TEXT = "OVERLONG_TEXT";
    static final String CONTROL_CHARACTERS = "CONTROL_CHARACTERS";
    static final String BLANK_TEXT = "BLANK_TEXT";
    static final String OUT_OF_RANGE = "OUT_OF_RANGE";
    static final String MALFORMED_CIDR = "MALFORMED_CIDR";
    static final String WRONG_ID_FORMAT = "WRONG_ID_FORMAT";
    static final String OTHER_TYPES_ID = "OTHER_TYPES_ID";
    static final String BAD_IDEMPOTENCY_KEY = "BAD_IDEMPOTENCY_KEY";

    static final List<String> LONG_TEXTS_LENGTHS = List.of("129", "256", "1025", "65537");
    static final List<String> CONTROL_TEXTS = List.of("fc\u0000nul", "fc\nnew-line", "fc\r\nX-Injected: 1", "fc\u0007bell",
            "fc\u001b[31mred", "\u202efc-rtl", "fc\ud800lone", "fc\ttab", "fc\u007fdel");
    static final List<String> BLANK_TEXTS = List.of("", " ", "\t", "\u3000");
    static final List<String> BAD_IDS = List.of("", " ", "x", "../../etc/passwd", "dc-" + "a".repeat(300),
            "dc-1?Action=DeleteDirectConnect", "dc-1&Version=1", "%00", "dc-\u0000", "dc-\u00fcn\u00efc\u00f8d\u00e9", "\n",
            "a/b", "*", "dc-" + "9".repeat(5_000), "null", "vbr-zzzz#frag");
    static final List<String> BAD_CIDRS = List.of("10.0.0.1", "10.0.0.1/33", "300.1.1.1/30", "abc", "10.0.0.0/-1",
            "10.0.0.1/30/2", "::/129", "", " 10.0.0.1/30", "10.0.0.1 /30", "10.0.0/30", "10.0.0.1/3a", "1.2.3.4.5/30",
            "10.0.0.1/30\n", "0x0A000001/30");
    static final List<Integer> BAD_BANDWIDTHS = List.of(-1, 0, Integer.MIN_VALUE, Integer.MAX_VALUE, 1_000_000);
    static final List<Integer> BAD_VLANS = List.of(-1, 3_001, 4_095, 4_096, 65_536, Integer.MAX_VALUE, Integer.MIN_VALUE);
    static final List<Long> BAD_ASNS = List.of(-1L, 0L, 4_294_967_296L, Long.MAX_VALUE, Long.MIN_VALUE);
    static final List<Integer> BAD_TERMS = List.of(-1, 0, 37, 10_000, Integer.MIN_VALUE);
    static final List<String> BAD_KEYS = List.of("k".repeat(65), "\u043a\u043b\u044e\u0447", "key\nline", "", " ",
            "k".repeat(10_000));

    /**
     * One generated bad-input case.
     *
     * @param index its place in the list
     * @param provider the provider
     * @param category the kind of bad input
     * @param detail the input, for the report
     * @param argument the argument at fault (a programmer error must name it)
     * @param scenario what to prepare, the call with the bad input, what a success must satisfy
     */
    record BadInputCase(int index, String provider, String category, String detail, String argument, Scenario scenario) {

        String id() {
            return "B" + index;
        }
    }

    /** A template: an operation, a category, the argument, and how to draw a case. */
    record Template(ProviderOperation<?, ?> operation, String category, String argument,
            Function<SplittableRandom, Variant> draw) {
    }

    /** A drawn case's input. */
    record Variant(String detail, Function<Bench, Prepared> prepare, BiFunction<DirectConnect, Prepared, Object> invoke,
            Scenario.Verifier verify, ResourceType creates) {
    }

    private BadInputs() {
    }

    /**
     * Generates the cases of every provider: first each template once, then templates at random.
     *
     * @param seed the seed
     * @param total how many cases in all
     * @param bound the operations each provider binds
     * @return the cases
     */
    static List<BadInputCase> generate(long seed, int total, Map<String, java.util.Set<ProviderOperation<?, ?>>> bound) {
        SplittableRandom random = new SplittableRandom(seed ^ 0xBAD_1DEAL);
        List<String> providers = new ArrayList<>(bound.keySet());
        Map<String, List<Template>> templates = new java.util.LinkedHashMap<>();
        for (String provider : providers) {
            templates.put(provider, templates().stream().filter(t -> bound.get(provider).contains(t.operation())).toList());
        }
        List<BadInputCase> cases = new ArrayList<>();
        for (String provider : providers) {
            for (Template template : templates.get(provider)) {
                cases.add(draw(cases.size(), provider, template, random));
            }
        }
        while (cases.size() < total) {
            String provider = providers.get(cases.size() % providers.size());
            List<Template> choices = templates.get(provider);
            cases.add(draw(cases.size(), provider, choices.get(random.nextInt(choices.size())), random));
        }
        return cases;
    }

    private static BadInputCase draw(int index, String provider, Template template, SplittableRandom random) {
        Variant variant = template.draw().apply(random.split());
        Scenario scenario = new Scenario(template.operation(), variant.prepare(), variant.invoke(), variant.verify(),
                variant.creates(), false);
        return new BadInputCase(index, provider, template.category(), variant.detail(), template.argument(), scenario);
    }

    // ---- the templates --------------------------------------------------------------------------------------

    static List<Template> templates() {
        List<Template> all = new ArrayList<>();
        // ids: every operation that takes one
        idTemplates(all, ProviderOperation.CONNECTION_GET, "id", (c, id) -> c.connections().get(id), true);
        idTemplates(all, ProviderOperation.CONNECTION_DELETE, "id", (c, id) -> {
            c.connections().delete(id);
            return null;
        }, false);
        idTemplates(all, ProviderOperation.CONNECTION_CANCEL, "id", (c, id) -> c.connections().cancel(id), true);
        idTemplates(all, ProviderOperation.CONNECTION_CONFIRM, "id", (c, id) -> c.connections().confirm(id), true);
        idTemplates(all, ProviderOperation.CONNECTION_TERMINATE, "id", (c, id) -> c.connections().terminate(id), true);
        idTemplates(all, ProviderOperation.CONNECTION_PAY, "id", (c, id) -> c.connections().pay(id, PaymentOptions.defaults()),
                true);
        idTemplates(all, ProviderOperation.CONNECTION_UPDATE, "id",
                (c, id) -> c.connections().update(id, UpdateConnectionRequest.builder().name("fc-renamed").build()), true);
        idTemplates(all, ProviderOperation.LOA_GET, "connectionId", (c, id) -> c.loas().get(id), true);
        idTemplates(all, ProviderOperation.LOA_APPLY, "connectionId", (c, id) -> c.loas().apply(id, Requests.loa()), true);
        idTemplates(all, ProviderOperation.LOA_COMPLETE, "connectionId", (c, id) -> c.loas().complete(id, Requests.report()),
                true);
        idTemplates(all, ProviderOperation.GATEWAY_GET, "id", (c, id) -> c.gateways().get(id), true);
        idTemplates(all, ProviderOperation.GATEWAY_DELETE, "id", (c, id) -> {
            c.gateways().delete(id);
            return null;
        }, false);
        idTemplates(all, ProviderOperation.VIRTUAL_INTERFACE_GET, "id", (c, id) -> c.virtualInterfaces().get(id), true);
        idTemplates(all, ProviderOperation.VIRTUAL_INTERFACE_DELETE, "id", (c, id) -> {
            c.virtualInterfaces().delete(id);
            return null;
        }, false);
        idTemplates(all, ProviderOperation.VIRTUAL_INTERFACE_ACCEPT, "id", (c, id) -> c.virtualInterfaces().accept(id), true);
        idTemplates(all, ProviderOperation.VIRTUAL_INTERFACE_REJECT, "id", (c, id) -> c.virtualInterfaces().reject(id), true);
        idTemplates(all, ProviderOperation.VIRTUAL_INTERFACE_TERMINATE, "id", (c, id) -> c.virtualInterfaces().terminate(id),
                true);
        idTemplates(all, ProviderOperation.VIRTUAL_INTERFACE_RECOVER, "id", (c, id) -> c.virtualInterfaces().recover(id),
                true);
        idTemplates(all, ProviderOperation.VIRTUAL_INTERFACE_UPDATE, "id", (c, id) -> c.virtualInterfaces().update(id,
                UpdateVirtualInterfaceRequest.builder().name("fc-renamed").build()), true);
        idTemplates(all, ProviderOperation.ACCESS_POINT_LIST, "id", (c, id) -> c.accessPoints().find(id).orElse(null), true);

        connectionCreate(all);
        connectionUpdate(all);
        payments(all);
        listings(all);
        loas(all);
        gateways(all);
        interfaceCreate(all);
        interfaceUpdate(all);
        routes(all);
        return all;
    }

    /** Bad ids, a null id, and an id of another type of resource. */
    private static void idTemplates(List<Template> all, ProviderOperation<?, ?> operation, String argument,
            BiFunction<DirectConnect, String, Object> call, boolean answersAboutIt) {
        Scenario.Verifier verify = (bench, p, result) -> answersAboutIt && result != null ? sameId(result, p.id) : List.of();
        all.add(new Template(operation, WRONG_ID_FORMAT, argument, r -> {
            String id = pick(r, BAD_IDS);
            return new Variant(argument + "=" + show(id), bench -> new Prepared().target(null, id),
                    (c, p) -> call.apply(c, p.id), verify, null);
        }));
        all.add(new Template(operation, NULL, argument, r -> new Variant(argument + "=null", bench -> new Prepared(),
                (c, p) -> call.apply(c, null), verify, null)));
        all.add(new Template(operation, OTHER_TYPES_ID, argument, r -> new Variant(argument + "=an id of another type",
                bench -> new Prepared().target(null, operation.resource() == ResourceType.CONNECTION
                        || operation.resource() == ResourceType.LOA || operation.resource() == ResourceType.ACCESS_POINT
                        ? bench.idOfAnotherType() : bench.sharedLine()),
                (c, p) -> call.apply(c, p.id), verify, null)));
    }

    private static void connectionCreate(List<Template> all) {
        ProviderOperation<?, ?> op = ProviderOperation.CONNECTION_CREATE;
        all.add(new Template(op, NULL, "request", r -> new Variant("request=null", bench -> new Prepared(),
                (c, p) -> c.connections().create((CreateConnectionRequest) null), BadInputs::createdHeld, ResourceType.CONNECTION)));
        textTemplates(all, op, "name", (b, v) -> b.name(v), ResourceType.CONNECTION);
        textTemplates(all, op, "customerAddress", (b, v) -> b.customerAddress(v), ResourceType.CONNECTION);
        textTemplates(all, op, "carrier", (b, v) -> b.carrier(v), ResourceType.CONNECTION);
        textTemplates(all, op, "portType", (b, v) -> b.portType(v), ResourceType.CONNECTION);
        textTemplates(all, op, "description", (b, v) -> b.description(v), ResourceType.CONNECTION);
        textTemplates(all, op, "circuitCode", (b, v) -> b.circuitCode(v), ResourceType.CONNECTION);
        all.add(lineCreate(op, WRONG_ID_FORMAT, "accessPointId", r -> pick(r, BAD_IDS), (b, v) -> b.accessPointId(v)));
        all.add(lineCreate(op, NULL, "accessPointId", r -> (String) null, (b, v) -> b.accessPointId(v)));
        all.add(lineCreate(op, WRONG_ID_FORMAT, "redundantConnectionId", r -> pick(r, BAD_IDS),
                (b, v) -> b.redundantConnectionId(v)));
        all.add(lineCreate(op, OUT_OF_RANGE, "bandwidthMbps", r -> pick(r, BAD_BANDWIDTHS),
                (b, v) -> b.bandwidthMbps(v)));
        all.add(lineCreate(op, BAD_IDEMPOTENCY_KEY, "idempotencyKey", r -> pick(r, BAD_KEYS), (b, v) -> b.idempotencyKey(v)));
        all.add(lineCreate(op, CONTROL_CHARACTERS, "tags", r -> Map.of(pick(r, CONTROL_TEXTS), "v", "k", pick(r, CONTROL_TEXTS)),
                (b, v) -> b.tags(v)));
    }

    private static <V> Template lineCreate(ProviderOperation<?, ?> op, String category, String argument,
            Function<SplittableRandom, V> value, BiFunction<CreateConnectionRequestBuilder, V, CreateConnectionRequestBuilder> set) {
        return new Template(op, category, argument, r -> {
            V v = value.apply(r);
            return new Variant(argument + "=" + show(v), bench -> withRequest(bench.lineRequest(bench.name("bad"))),
                    (c, p) -> c.connections().create(set.apply(((CreateConnectionRequest) p.request).toBuilder(), v).build()),
                    BadInputs::createdHeld, ResourceType.CONNECTION);
        });
    }

    private static void textTemplates(List<Template> all, ProviderOperation<?, ?> op, String argument,
            BiFunction<CreateConnectionRequestBuilder, String, CreateConnectionRequestBuilder> set, ResourceType creates) {
        all.add(lineCreate(op, OVERLONG_TEXT, argument, r -> "x".repeat(Integer.parseInt(pick(r, LONG_TEXTS_LENGTHS))), set));
        all.add(lineCreate(op, CONTROL_CHARACTERS, argument, r -> pick(r, CONTROL_TEXTS), set));
        all.add(lineCreate(op, BLANK_TEXT, argument, r -> pick(r, BLANK_TEXTS), set));
        all.add(lineCreate(op, NULL, argument, r -> (String) null, set));
    }

    private static void connectionUpdate(List<Template> all) {
        ProviderOperation<?, ?> op = ProviderOperation.CONNECTION_UPDATE;
        all.add(new Template(op, NULL, "request", r -> new Variant("request=null", BadInputs::freshLine,
                (c, p) -> c.connections().update(p.id, (UpdateConnectionRequest) null), BadInputs::sameTarget, null)));
        all.add(lineUpdate(op, OVERLONG_TEXT, "name", r -> "x".repeat(Integer.parseInt(pick(r, LONG_TEXTS_LENGTHS))),
                (b, v) -> b.name(v)));
        all.add(lineUpdate(op, CONTROL_CHARACTERS, "name", r -> pick(r, CONTROL_TEXTS), (b, v) -> b.name(v)));
        all.add(lineUpdate(op, BLANK_TEXT, "name", r -> pick(r, BLANK_TEXTS), (b, v) -> b.name(v)));
        all.add(lineUpdate(op, OUT_OF_RANGE, "bandwidthMbps", r -> pick(r, BAD_BANDWIDTHS), (b, v) -> b.bandwidthMbps(v)));
        all.add(lineUpdate(op, OVERLONG_TEXT, "customerAddress",
                r -> "x".repeat(Integer.parseInt(pick(r, LONG_TEXTS_LENGTHS))), (b, v) -> b.customerAddress(v)));
        all.add(lineUpdate(op, CONTROL_CHARACTERS, "circuitCode", r -> pick(r, CONTROL_TEXTS), (b, v) -> b.circuitCode(v)));
    }

    private static <V> Template lineUpdate(ProviderOperation<?, ?> op, String category, String argument,
            Function<SplittableRandom, V> value, BiFunction<UpdateConnectionRequestBuilder, V, UpdateConnectionRequestBuilder> set) {
        return new Template(op, category, argument, r -> {
            V v = value.apply(r);
            return new Variant(argument + "=" + show(v), BadInputs::freshLine,
                    (c, p) -> c.connections().update(p.id, set.apply(UpdateConnectionRequest.builder(), v).build()),
                    BadInputs::sameTarget, null);
        });
    }

    private static void payments(List<Template> all) {
        ProviderOperation<?, ?> op = ProviderOperation.CONNECTION_PAY;
        Function<Bench, Prepared> payable = bench -> new Prepared().target(ResourceType.CONNECTION, bench.lineWalkedTo(
                bench.quickLineRequest(bench.name("pay")), c -> c.requiredAction() == RequiredAction.PAY).id());
        all.add(new Template(op, NULL, "options", r -> new Variant("options=null", payable,
                (c, p) -> c.connections().pay(p.id, (PaymentOptions) null), BadInputs::sameTarget, null)));
        all.add(new Template(op, OUT_OF_RANGE, "termMonths", r -> {
            int term = pick(r, BAD_TERMS);
            return new Variant("termMonths=" + term, payable,
                    (c, p) -> c.connections().pay(p.id, PaymentOptions.builder().termMonths(term).build()),
                    BadInputs::sameTarget, null);
        }));
        all.add(new Template(op, BAD_IDEMPOTENCY_KEY, "idempotencyKey", r -> {
            String key = pick(r, BAD_KEYS);
            return new Variant("idempotencyKey=" + show(key), payable,
                    (c, p) -> c.connections().pay(p.id, PaymentOptions.builder().idempotencyKey(key).build()),
                    BadInputs::sameTarget, null);
        }));
    }

    private static void listings(List<Template> all) {
        all.add(new Template(ProviderOperation.CONNECTION_LIST, NULL, "query", r -> new Variant("query=null",
                bench -> new Prepared(), (c, p) -> c.connections().list((ConnectionQuery) null).stream().toList(), (b, p, x) -> List.of(), null)));
        all.add(new Template(ProviderOperation.CONNECTION_LIST, WRONG_ID_FORMAT, "ids", r -> {
            List<String> ids = List.of(pick(r, BAD_IDS), pick(r, BAD_IDS));
            return new Variant("ids=" + show(ids), bench -> new Prepared(),
                    (c, p) -> c.connections().list(ConnectionQuery.builder().ids(ids).build()).stream().toList(),
                    (bench, p, result) -> onlyAskedFor(result, ids), null);
        }));
        all.add(new Template(ProviderOperation.CONNECTION_LIST, CONTROL_CHARACTERS, "names", r -> {
            List<String> names = List.of(pick(r, CONTROL_TEXTS));
            return new Variant("names=" + show(names), bench -> new Prepared(),
                    (c, p) -> c.connections().list(ConnectionQuery.builder().names(names).build()).stream().toList(),
                    (bench, p, result) -> Checks.expect(((List<?>) result).isEmpty(),
                            "a listing by a name nothing has answered " + ((List<?>) result).size() + " items"), null);
        }));
        all.add(new Template(ProviderOperation.CONNECTION_LIST, WRONG_ID_FORMAT, "accessPointId", r -> {
            String id = pick(r, BAD_IDS);
            return new Variant("accessPointId=" + show(id), bench -> new Prepared(),
                    (c, p) -> c.connections().list(ConnectionQuery.builder().accessPointId(id).build()).stream().toList(),
                    (bench, p, result) -> Checks.expect(((List<?>) result).isEmpty(),
                            "a listing at an access point that does not exist answered " + ((List<?>) result).size()
                                    + " items"), null);
        }));
        all.add(new Template(ProviderOperation.GATEWAY_LIST, NULL, "query", r -> new Variant("query=null",
                bench -> new Prepared(), (c, p) -> c.gateways().list((GatewayQuery) null).stream().toList(), (b, p, x) -> List.of(), null)));
        all.add(new Template(ProviderOperation.GATEWAY_LIST, WRONG_ID_FORMAT, "ids", r -> {
            List<String> ids = List.of(pick(r, BAD_IDS));
            return new Variant("ids=" + show(ids), bench -> new Prepared(),
                    (c, p) -> c.gateways().list(GatewayQuery.builder().ids(ids).build()).stream().toList(),
                    (bench, p, result) -> onlyAskedFor(result, ids), null);
        }));
        all.add(new Template(ProviderOperation.VIRTUAL_INTERFACE_LIST, NULL, "query", r -> new Variant("query=null",
                bench -> new Prepared(), (c, p) -> c.virtualInterfaces().list((VirtualInterfaceQuery) null).stream().toList(),
                (b, p, x) -> List.of(), null)));
        all.add(new Template(ProviderOperation.VIRTUAL_INTERFACE_LIST, WRONG_ID_FORMAT, "ids", r -> {
            List<String> ids = List.of(pick(r, BAD_IDS));
            return new Variant("ids=" + show(ids), bench -> new Prepared(),
                    (c, p) -> c.virtualInterfaces().list(VirtualInterfaceQuery.builder().ids(ids).build()).stream().toList(),
                    (bench, p, result) -> onlyAskedFor(result, ids), null);
        }));
        all.add(new Template(ProviderOperation.VIRTUAL_INTERFACE_LIST, WRONG_ID_FORMAT, "connectionId", r -> {
            String id = pick(r, BAD_IDS);
            return new Variant("connectionId=" + show(id), bench -> new Prepared(),
                    (c, p) -> c.virtualInterfaces().list(VirtualInterfaceQuery.builder().connectionId(id).build()).stream()
                            .toList(),
                    (bench, p, result) -> Checks.expect(((List<?>) result).isEmpty(),
                            "a listing on a line that does not exist answered " + ((List<?>) result).size() + " items"),
                    null);
        }));
        all.add(new Template(ProviderOperation.ROUTE_LIST, NULL, "query", r -> new Variant("query=null",
                bench -> new Prepared(), (c, p) -> c.routes().list((RouteQuery) null).stream().toList(), (b, p, x) -> List.of(), null)));
        all.add(new Template(ProviderOperation.ROUTE_LIST, WRONG_ID_FORMAT, "virtualInterfaceId", r -> {
            String id = pick(r, BAD_IDS);
            return new Variant("virtualInterfaceId=" + show(id), bench -> new Prepared(),
                    (c, p) -> c.routes().list(RouteQuery.ofVirtualInterface(id)).stream().toList(),
                    (bench, p, result) -> Checks.expect(((List<?>) result).isEmpty(),
                            "routes of an interface that does not exist: " + ((List<?>) result).size() + " items"), null);
        }));
    }

    private static void loas(List<Template> all) {
        Function<Bench, Prepared> applicable = bench -> new Prepared().target(ResourceType.LOA, bench.lineWalkedTo(
                bench.lineRequest(bench.name("loa")), c -> c.requiredAction() == RequiredAction.APPLY_LOA).id());
        Function<Bench, Prepared> reportable = bench -> new Prepared().target(ResourceType.LOA, bench.lineWalkedTo(
                bench.lineRequest(bench.name("rep")), c -> c.requiredAction() == RequiredAction.SUBMIT_CONSTRUCTION_REPORT).id());
        all.add(new Template(ProviderOperation.LOA_APPLY, NULL, "application", r -> new Variant("application=null",
                applicable, (c, p) -> c.loas().apply(p.id, (LoaApplication) null), BadInputs::sameTarget, null)));
        all.add(loaApply(applicable, OUT_OF_RANGE, "bandwidthMbps", r -> {
            int v = pick(r, BAD_BANDWIDTHS);
            return new Object[] {v, (UnaryOperator<LoaApplicationBuilder>) b -> b.bandwidthMbps(v)};
        }));
        all.add(loaApply(applicable, OVERLONG_TEXT, "companyName", r -> {
            String v = "x".repeat(Integer.parseInt(pick(r, LONG_TEXTS_LENGTHS)));
            return new Object[] {v, (UnaryOperator<LoaApplicationBuilder>) b -> b.companyName(v)};
        }));
        all.add(loaApply(applicable, CONTROL_CHARACTERS, "customerLocation", r -> {
            String v = pick(r, CONTROL_TEXTS);
            return new Object[] {v, (UnaryOperator<LoaApplicationBuilder>) b -> b.customerLocation(v)};
        }));
        all.add(new Template(ProviderOperation.LOA_COMPLETE, NULL, "report", r -> new Variant("report=null", reportable,
                (c, p) -> c.loas().complete(p.id, (ConstructionReport) null), BadInputs::sameTarget, null)));
        all.add(new Template(ProviderOperation.LOA_COMPLETE, CONTROL_CHARACTERS, "lineCode", r -> {
            String v = pick(r, CONTROL_TEXTS);
            return new Variant("lineCode=" + show(v), reportable,
                    (c, p) -> c.loas().complete(p.id, ConstructionReport.builder().lineCode(v).cableLabel("HZ-C-07-01")
                            .lineServiceProvider("China Telecom").lineServiceContact("13900000001").build()),
                    BadInputs::sameTarget, null);
        }));
    }

    @SuppressWarnings("unchecked")
    private static Template loaApply(Function<Bench, Prepared> applicable, String category, String argument,
            Function<SplittableRandom, Object[]> draw) {
        return new Template(ProviderOperation.LOA_APPLY, category, argument, r -> {
            Object[] drawn = draw.apply(r);
            UnaryOperator<LoaApplicationBuilder> change = (UnaryOperator<LoaApplicationBuilder>) drawn[1];
            return new Variant(argument + "=" + show(drawn[0]), applicable,
                    (c, p) -> c.loas().apply(p.id, change.apply(Requests.loa().toBuilder()).build()), BadInputs::sameTarget,
                    null);
        });
    }

    private static void gateways(List<Template> all) {
        ProviderOperation<?, ?> op = ProviderOperation.GATEWAY_CREATE;
        all.add(new Template(op, NULL, "request", r -> new Variant("request=null", bench -> new Prepared(),
                (c, p) -> c.gateways().create((CreateGatewayRequest) null), BadInputs::createdHeld, ResourceType.GATEWAY)));
        all.add(gatewayCreate(OVERLONG_TEXT, "name", r -> "x".repeat(Integer.parseInt(pick(r, LONG_TEXTS_LENGTHS))),
                (b, v) -> b.name(v)));
        all.add(gatewayCreate(CONTROL_CHARACTERS, "name", r -> pick(r, CONTROL_TEXTS), (b, v) -> b.name(v)));
        all.add(gatewayCreate(BLANK_TEXT, "name", r -> pick(r, BLANK_TEXTS), (b, v) -> b.name(v)));
        all.add(gatewayCreate(OUT_OF_RANGE, "asn", r -> pick(r, BAD_ASNS), (b, v) -> b.asn(v)));
        all.add(gatewayCreate(WRONG_ID_FORMAT, "networkId", r -> pick(r, BAD_IDS), (b, v) -> b.networkId(v)));
        all.add(gatewayCreate(CONTROL_CHARACTERS, "networkType", r -> pick(r, CONTROL_TEXTS), (b, v) -> b.networkType(v)));
        all.add(gatewayCreate(BAD_IDEMPOTENCY_KEY, "idempotencyKey", r -> pick(r, BAD_KEYS), (b, v) -> b.idempotencyKey(v)));
    }

    private static <V> Template gatewayCreate(String category, String argument, Function<SplittableRandom, V> value,
            BiFunction<CreateGatewayRequestBuilder, V, CreateGatewayRequestBuilder> set) {
        return new Template(ProviderOperation.GATEWAY_CREATE, category, argument, r -> {
            V v = value.apply(r);
            return new Variant(argument + "=" + show(v), bench -> withRequest(bench.gatewayRequest(bench.name("badgw"))),
                    (c, p) -> c.gateways().create(set.apply(((CreateGatewayRequest) p.request).toBuilder(), v).build()),
                    BadInputs::createdHeld, ResourceType.GATEWAY);
        });
    }

    private static void interfaceCreate(List<Template> all) {
        ProviderOperation<?, ?> op = ProviderOperation.VIRTUAL_INTERFACE_CREATE;
        all.add(new Template(op, NULL, "request", r -> new Variant("request=null", bench -> new Prepared(),
                (c, p) -> c.virtualInterfaces().create((CreateVirtualInterfaceRequest) null), BadInputs::createdHeld, ResourceType.VIRTUAL_INTERFACE)));
        all.add(vifCreate(OUT_OF_RANGE, "vlan", r -> pick(r, BAD_VLANS), (b, v) -> b.vlan(v)));
        all.add(vifCreate(MALFORMED_CIDR, "providerAddress", r -> pick(r, BAD_CIDRS), (b, v) -> b.providerAddress(v)));
        all.add(vifCreate(MALFORMED_CIDR, "customerAddress", r -> pick(r, BAD_CIDRS), (b, v) -> b.customerAddress(v)));
        all.add(vifCreate(MALFORMED_CIDR, "staticPrefixes", r -> List.of(pick(r, BAD_CIDRS)),
                (b, v) -> b.routing(io.dclink.model.RoutingType.STATIC).bgp(null).staticPrefixes(v)));
        all.add(vifCreate(WRONG_ID_FORMAT, "connectionId", r -> pick(r, BAD_IDS), (b, v) -> b.connectionId(v)));
        all.add(vifCreate(NULL, "connectionId", r -> (String) null, (b, v) -> b.connectionId(v)));
        all.add(vifCreate(WRONG_ID_FORMAT, "gatewayId", r -> pick(r, BAD_IDS), (b, v) -> b.gatewayId(v)));
        all.add(vifCreate(OUT_OF_RANGE, "bandwidthMbps", r -> pick(r, BAD_BANDWIDTHS), (b, v) -> b.bandwidthMbps(v)));
        all.add(vifCreate(OUT_OF_RANGE, "customerAsn", r -> pick(r, BAD_ASNS),
                (b, v) -> b.routing(io.dclink.model.RoutingType.BGP).staticPrefixes(List.of())
                        .bgp(new BgpPeering(v, null, Secret.of("corpus-key")))));
        all.add(vifCreate(CONTROL_CHARACTERS, "authKey", r -> pick(r, CONTROL_TEXTS),
                (b, v) -> b.routing(io.dclink.model.RoutingType.BGP).staticPrefixes(List.of())
                        .bgp(new BgpPeering(65_010L, null, Secret.of(v)))));
        all.add(vifCreate(OVERLONG_TEXT, "name", r -> "x".repeat(Integer.parseInt(pick(r, LONG_TEXTS_LENGTHS))),
                (b, v) -> b.name(v)));
        all.add(vifCreate(CONTROL_CHARACTERS, "name", r -> pick(r, CONTROL_TEXTS), (b, v) -> b.name(v)));
        all.add(vifCreate(BAD_IDEMPOTENCY_KEY, "idempotencyKey", r -> pick(r, BAD_KEYS), (b, v) -> b.idempotencyKey(v)));
    }

    private static <V> Template vifCreate(String category, String argument, Function<SplittableRandom, V> value,
            BiFunction<CreateVirtualInterfaceRequestBuilder, V, CreateVirtualInterfaceRequestBuilder> set) {
        return new Template(ProviderOperation.VIRTUAL_INTERFACE_CREATE, category, argument, r -> {
            V v = value.apply(r);
            return new Variant(argument + "=" + show(v), bench -> withRequest(bench.newInterfaceRequest(false)),
                    (c, p) -> c.virtualInterfaces().create(set.apply(((CreateVirtualInterfaceRequest) p.request).toBuilder(), v)
                            .build()),
                    BadInputs::createdHeld, ResourceType.VIRTUAL_INTERFACE);
        });
    }

    private static void interfaceUpdate(List<Template> all) {
        ProviderOperation<?, ?> op = ProviderOperation.VIRTUAL_INTERFACE_UPDATE;
        Function<Bench, Prepared> active = bench -> new Prepared().target(ResourceType.VIRTUAL_INTERFACE,
                bench.activeInterface(true).id());
        all.add(new Template(op, NULL, "request", r -> new Variant("request=null", active,
                (c, p) -> c.virtualInterfaces().update(p.id, (UpdateVirtualInterfaceRequest) null), BadInputs::sameTarget, null)));
        all.add(new Template(op, OUT_OF_RANGE, "bandwidthMbps", r -> {
            int v = pick(r, BAD_BANDWIDTHS);
            return new Variant("bandwidthMbps=" + v, active, (c, p) -> c.virtualInterfaces().update(p.id,
                    UpdateVirtualInterfaceRequest.builder().bandwidthMbps(v).build()), BadInputs::sameTarget, null);
        }));
        all.add(new Template(op, MALFORMED_CIDR, "staticPrefixes", r -> {
            List<String> v = List.of(pick(r, BAD_CIDRS));
            return new Variant("staticPrefixes=" + show(v), active, (c, p) -> c.virtualInterfaces().update(p.id,
                    UpdateVirtualInterfaceRequest.builder().staticPrefixes(v).build()), BadInputs::sameTarget, null);
        }));
        all.add(new Template(op, CONTROL_CHARACTERS, "name", r -> {
            String v = pick(r, CONTROL_TEXTS);
            return new Variant("name=" + show(v), active, (c, p) -> c.virtualInterfaces().update(p.id,
                    UpdateVirtualInterfaceRequest.builder().name(v).build()), BadInputs::sameTarget, null);
        }));
    }

    private static void routes(List<Template> all) {
        ProviderOperation<?, ?> create = ProviderOperation.ROUTE_CREATE;
        Function<Bench, Prepared> routed = bench -> {
            VirtualInterface vif = bench.activeInterface(true);
            Prepared p = new Prepared();
            p.interfaceId = vif.id();
            return p;
        };
        all.add(new Template(create, NULL, "request", r -> new Variant("request=null", routed,
                (c, p) -> c.routes().create((CreateRouteRequest) null), (b, p, x) -> List.of(), null)));
        all.add(new Template(create, MALFORMED_CIDR, "destination", r -> {
            String v = pick(r, BAD_CIDRS);
            return new Variant("destination=" + show(v), routed, (c, p) -> c.routes().create(CreateRouteRequest.builder()
                    .virtualInterfaceId(p.interfaceId).destination(v).build()), (b, p, x) -> List.of(), null);
        }));
        all.add(new Template(create, NULL, "destination", r -> new Variant("destination=null", routed,
                (c, p) -> c.routes().create(CreateRouteRequest.builder().virtualInterfaceId(p.interfaceId).build()),
                (b, p, x) -> List.of(), null)));
        all.add(new Template(create, WRONG_ID_FORMAT, "virtualInterfaceId", r -> {
            String v = pick(r, BAD_IDS);
            return new Variant("virtualInterfaceId=" + show(v), bench -> new Prepared(),
                    (c, p) -> c.routes().create(CreateRouteRequest.builder().virtualInterfaceId(v)
                            .destination("10.250.0.0/24").build()), (b, p, x) -> List.of(), null);
        }));
        all.add(new Template(create, WRONG_ID_FORMAT, "nextHop", r -> {
            String v = pick(r, BAD_IDS);
            return new Variant("nextHop=" + show(v), routed, (c, p) -> c.routes().create(CreateRouteRequest.builder()
                    .virtualInterfaceId(p.interfaceId).destination("10.251.0.0/24").nextHop(v).build()),
                    (b, p, x) -> List.of(), null);
        }));
        all.add(new Template(create, CONTROL_CHARACTERS, "description", r -> {
            String v = pick(r, CONTROL_TEXTS);
            return new Variant("description=" + show(v), routed, (c, p) -> c.routes().create(CreateRouteRequest.builder()
                    .virtualInterfaceId(p.interfaceId).destination("10.252.0.0/24").description(v).build()),
                    (b, p, x) -> List.of(), null);
        }));
        all.add(new Template(create, BAD_IDEMPOTENCY_KEY, "idempotencyKey", r -> {
            String v = pick(r, BAD_KEYS);
            return new Variant("idempotencyKey=" + show(v), routed, (c, p) -> c.routes().create(CreateRouteRequest.builder()
                    .virtualInterfaceId(p.interfaceId).destination("10.253.0.0/24").idempotencyKey(v).build()),
                    (b, p, x) -> List.of(), null);
        }));
        ProviderOperation<?, ?> delete = ProviderOperation.ROUTE_DELETE;
        all.add(new Template(delete, NULL, "route", r -> new Variant("route=null", bench -> new Prepared(), (c, p) -> {
            c.routes().delete(null);
            return null;
        }, (b, p, x) -> List.of(), null)));
        Function<Bench, Prepared> withRoute = bench -> {
            VirtualInterface vif = bench.activeInterface(true);
            Prepared p = new Prepared();
            p.interfaceId = vif.id();
            p.route = bench.newRoute(vif);
            return p;
        };
        all.add(new Template(delete, MALFORMED_CIDR, "destination", r -> {
            String v = pick(r, BAD_CIDRS);
            return new Variant("destination=" + show(v), withRoute, (c, p) -> {
                c.routes().delete(p.route.toBuilder().destination(v).build());
                return null;
            }, (b, p, x) -> List.of(), null);
        }));
        all.add(new Template(delete, WRONG_ID_FORMAT, "virtualInterfaceId", r -> {
            String v = pick(r, BAD_IDS);
            return new Variant("virtualInterfaceId=" + show(v), withRoute, (c, p) -> {
                c.routes().delete(p.route.toBuilder().virtualInterfaceId(v).build());
                return null;
            }, (b, p, x) -> List.of(), null);
        }));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static Prepared freshLine(Bench bench) {
        Connection line = bench.newLine();
        return new Prepared().target(ResourceType.CONNECTION, line.id());
    }

    private static Prepared withRequest(Object request) {
        Prepared p = new Prepared();
        p.request = request;
        return p;
    }

    private static List<String> sameTarget(Bench bench, Prepared p, Object result) {
        return sameId(result, p.id);
    }

    /** A create that accepted bad input answered a resource the emulator holds. */
    private static List<String> createdHeld(Bench bench, Prepared p, Object result) {
        if (!(result instanceof Resource resource) || resource.id() == null) {
            return List.of("a create answered " + Checks.describe(result) + " instead of the new resource");
        }
        String held = switch (resource.type()) {
            case CONNECTION -> bench.helper().connections().get(resource.id()).id();
            case GATEWAY -> bench.helper().gateways().get(resource.id()).id();
            case VIRTUAL_INTERFACE -> bench.helper().virtualInterfaces().get(resource.id()).id();
            default -> resource.id();
        };
        return sameId(resource, held);
    }

    /** A listing by ids answers only resources with those ids. */
    private static List<String> onlyAskedFor(Object result, List<String> ids) {
        List<String> others = ((List<?>) result).stream().map(Checks::key).filter(k -> !ids.contains(k)).toList();
        return Checks.expect(others.isEmpty(), "a listing by ids " + show(ids) + " answered others: "
                + Checks.shortList(others));
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A value as the report shows it: long text shortened, control characters escaped. */
    static String show(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || cp == 0x202e || Character.getType(cp) == Character.SURROGATE) {
                shown.append(String.format("\\u%04x", cp));
            } else {
                shown.appendCodePoint(cp);
            }
        });
        if (shown.length() > 60) {
            return shown.substring(0, 40) + "...(" + text.length() + " chars)";
        }
        return shown.toString();
    }
}
