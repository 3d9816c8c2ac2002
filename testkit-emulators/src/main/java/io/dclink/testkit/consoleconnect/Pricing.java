package io.dclink.testkit.consoleconnect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/pricing/calculate}: a monthly price in USD for each port and connection item, or
 * no answer at all (204) when any item has no price. Connection items (field names from Console
 * Connect's own quote mapping): {@code srcDcf}, {@code destDcf}, {@code bandwidth} (1 to 10000 Mbps),
 * {@code duration{value, unit}}, {@code classOfService}, {@code paymentMethod}. A connection is
 * priced within a metro and between Hong Kong and Singapore, at the bandwidths of
 * {@link #MONTHLY_BY_MBPS}, for terms in months or years; anything else (London to Asia, 300 Mbps,
 * a term in days) has no price. Port items are UNVERIFIED in their request fields ({@code dcf},
 * {@code speed}, {@code durationUnit}, mirroring the answer's {@code entity}). The price list is
 * the emulator's own: the real prices are not public.
 */
final class Pricing {

    /** The emulator's monthly list price of a connection within a metro, by bandwidth. */
    static final Map<Integer, Integer> MONTHLY_BY_MBPS = Map.of(10, 50, 50, 120, 100, 180, 200, 300, 500, 600, 1_000, 900,
            2_000, 1_500, 5_000, 3_000, 10_000, 5_000);
    private static final Map<Integer, Integer> PORT_MONTHLY_BY_MBPS = Map.of(1_000, 300, 10_000, 1_000);
    private static final Map<String, Double> CLASS_FACTOR = Map.of("BRONZE", 1.0, "SILVER", 1.2, "SILVERPLUS", 1.3,
            "GOLD", 1.5);
    /** UNVERIFIED: the connections' paymentType values, taken for the quote's paymentMethod. */
    private static final List<String> PAYMENT_METHODS = List.of("invoice", "plan", "creditcard", "payg");

    /**
     * Prices a request.
     *
     * @param body the request body
     * @return the answer, or empty for "no price for that combination"
     * @throws CcError 400 for a malformed request
     */
    Optional<ObjectNode> calculate(ObjectNode body) {
        ArrayNode results = CcJson.array();
        List<JsonNode> ports = items(body, "ports");
        List<JsonNode> connections = items(body, "connections");
        if (ports.isEmpty() && connections.isEmpty()) {
            throw CcError.invalid("connections", "or ports must hold at least one item"); // UNVERIFIED
        }
        for (int i = 0; i < ports.size(); i++) {
            Optional<ObjectNode> price = port(ports.get(i), "ports/" + i);
            if (price.isEmpty()) {
                return Optional.empty(); // UNVERIFIED: that one item without a price makes the whole answer 204
            }
            results.add(price.get());
        }
        for (int i = 0; i < connections.size(); i++) {
            Optional<ObjectNode> price = connection(connections.get(i), "connections/" + i);
            if (price.isEmpty()) {
                return Optional.empty();
            }
            results.add(price.get());
        }
        ObjectNode answer = CcJson.object();
        answer.set("results", results);
        return Optional.of(answer);
    }

    private static List<JsonNode> items(ObjectNode body, String field) {
        JsonNode list = body.get(field);
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw CcError.invalid(field, "must be array");
        }
        List<JsonNode> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isObject()) {
                throw CcError.invalid(field + "/" + i, "must be object");
            }
            items.add(list.get(i));
        }
        return items;
    }

    private Optional<ObjectNode> connection(JsonNode item, String path) {
        String srcId = Fields.objectId(item, "srcDcf", path + "/srcDcf", true);
        String destId = Fields.objectId(item, "destDcf", path + "/destDcf", true);
        int bandwidth = Fields.integer(item, "bandwidth", path + "/bandwidth", true, 1, 10_000);
        String cos = Fields.oneOf(item, "classOfService", path + "/classOfService", false, Layer2Order.CLASSES_OF_SERVICE);
        Fields.oneOf(item, "paymentMethod", path + "/paymentMethod", false, PAYMENT_METHODS);
        Term term = Term.read(item, path);
        Optional<Place.Dcf> src = Place.dcf(srcId);
        Optional<Place.Dcf> dest = Place.dcf(destId);
        Integer monthly = MONTHLY_BY_MBPS.get(bandwidth);
        if (src.isEmpty() || dest.isEmpty() || monthly == null || !term.priced()) {
            return Optional.empty();
        }
        double route = routeFactor(Place.metroOf(src.get()), Place.metroOf(dest.get()));
        if (route == 0) {
            return Optional.empty();
        }
        int price = (int) Math.round(monthly * route * CLASS_FACTOR.get(cos == null ? "BRONZE" : cos) * term.discount());
        ObjectNode entity = CcJson.object();
        entity.set("srcDcf", dcf(src.get()));
        entity.set("destDcf", dcf(dest.get()));
        entity.put("bandwidth", bandwidth).put("discountId", "").put("durationUnit", term.unit());
        return Optional.of(result("CONNECTION", entity, price)); // UNVERIFIED: only a PORT result is seen
    }

    private Optional<ObjectNode> port(JsonNode item, String path) {
        String dcfId = Fields.objectId(item, "dcf", path + "/dcf", true);
        int speed = Fields.integer(item, "speed", path + "/speed", true, 1, 100_000);
        String unit = Fields.oneOf(item, "durationUnit", path + "/durationUnit", false, Layer2Order.DURATION_UNITS);
        Optional<Place.Dcf> dcf = Place.dcf(dcfId);
        Integer monthly = PORT_MONTHLY_BY_MBPS.get(speed);
        if (dcf.isEmpty() || monthly == null || "d".equals(unit)) {
            return Optional.empty();
        }
        ObjectNode entity = CcJson.object();
        entity.set("dcf", dcf(dcf.get()));
        entity.put("speed", speed).put("discountId", "").put("durationUnit", unit == null ? "m" : unit);
        return Optional.of(result("PORT", entity, monthly));
    }

    /** 1 within a metro, 2.5 between Hong Kong and Singapore, 0 (no price) otherwise. */
    private static double routeFactor(Place.Metro a, Place.Metro b) {
        if (a.id().equals(b.id())) {
            return 1;
        }
        List<String> pair = List.of(a.code(), b.code());
        return pair.containsAll(List.of("HKG", "SIN")) ? 2.5 : 0;
    }

    private static ObjectNode dcf(Place.Dcf dcf) {
        return CcJson.object().put("id", dcf.id()).put("name", dcf.name()).putNull("popId").putNull("regionIds")
                .putNull("metroIds").putNull("tags");
    }

    private static ObjectNode result(String type, ObjectNode entity, int price) {
        ObjectNode result = CcJson.object().put("type", type);
        result.set("entity", entity);
        result.put("price", price).put("preAuthAmount", price).putNull("amountSaved").putNull("amountSavedTotal")
                .putNull("basicTotalAmount").putNull("basicMonthlyAmount").putNull("formula").putNull("factors");
        ObjectNode attributes = result.putObject("priceCalculatorAttributes");
        attributes.putArray("discountIds");
        attributes.putArray("discounts");
        return result;
    }

    /** A connection's term: {@code duration{value, unit}}, 12 months when absent. */
    private record Term(int months, String unit) {

        static Term read(JsonNode item, String path) {
            JsonNode duration = item.get("duration");
            if (duration == null || duration.isNull()) {
                return new Term(12, "m"); // UNVERIFIED: the term of a quote that names none
            }
            if (!duration.isObject()) {
                throw CcError.invalid(path + "/duration", "must be object");
            }
            int value = Fields.integer(duration, "value", path + "/duration/value", true, 1, 120);
            String unit = Fields.oneOf(duration, "unit", path + "/duration/unit", true, Layer2Order.DURATION_UNITS);
            return new Term(unit.equals("y") ? value * 12 : unit.equals("m") ? value : 0, unit);
        }

        boolean priced() {
            return months > 0;
        }

        /** 10% off a term of a year or more, 20% off three years or more. */
        double discount() {
            return months >= 36 ? 0.8 : months >= 12 ? 0.9 : 1.0;
        }
    }
}
