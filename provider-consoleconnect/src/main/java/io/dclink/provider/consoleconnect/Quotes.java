package io.dclink.provider.consoleconnect;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.kit.json.Json;
import io.dclink.kit.json.JsonRecord;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.Quote;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The price of a Layer 2 connection before it is ordered ({@code VIRTUAL_INTERFACE_QUOTE}, which the
 * runtime checks as the create it prices): {@code POST /api/pricing/calculate} with one connection
 * item in the field names of Console Connect's own quote mapping — {@code srcDcf} (the source port's
 * facility), {@code destDcf} (the destination's, resolved as for an order), {@code bandwidth}, and the
 * order's terms ({@code duration{value, unit}}, {@code classOfService}, {@code paymentMethod}) — and
 * the order's {@code discountCode} beside the items. 204 is "no price for that combination",
 * {@link Quote#noPrice}; a 200 must price something. Each item's {@code price} is the amount, its
 * {@code preAuthAmount} what is taken up front.
 */
final class Quotes {

    /** UNVERIFIED: the answer names no currency; Console Connect's own quote mapping assumes US dollars. */
    static final String CURRENCY = "USD";

    private final ConsoleConnectApi api;
    private final Ports ports;
    private final Destinations destinations;
    private final Terms defaults;

    Quotes(ConsoleConnectApi api, Ports ports, Destinations destinations, Terms defaults) {
        this.api = api;
        this.ports = ports;
        this.destinations = destinations;
        this.defaults = defaults;
    }

    CompletableFuture<Quote> quote(CreateVirtualInterfaceRequest request) {
        return ports.record(request.connectionId()).thenCompose(source -> destinations.resolve(request, source)
                .thenCompose(destination -> api.calculate(Api.CALCULATE_PRICE, body(request, source, destination))))
                .thenApply(answer -> answer.map(Quotes::read).orElseGet(() -> Quote.noPrice(ConsoleConnectProvider.ID)));
    }

    private ObjectNode body(CreateVirtualInterfaceRequest request, JsonRecord source, Destination destination) {
        ObjectNode body = Json.object();
        ObjectNode item = body.putArray("connections").addObject()
                .put("srcDcf", Answers.objectId(source, "dataCenterFacilityId"))
                .put("destDcf", destination.dcfId())
                .put("bandwidth", request.bandwidthMbps());
        Terms.ofOrder(request.providerOptions()).orElse(defaults).addToQuote(item);
        String discount = request.providerOptions().get(Layer2Options.DISCOUNT_CODE);
        if (discount != null) {
            body.put(Layer2Options.DISCOUNT_CODE, discount);
        }
        return body;
    }

    private static Quote read(JsonRecord answer) {
        List<JsonRecord> results = Answers.results(answer);
        if (results.isEmpty()) {
            throw answer.error("the price answer holds no result (no price is answered 204)");
        }
        return new Quote(ConsoleConnectProvider.ID, CURRENCY, results.stream().map(result -> new Quote.Item(
                result.requiredText("type"), amount(result, "price", true), amount(result, "preAuthAmount", false))).toList());
    }

    private static BigDecimal amount(JsonRecord result, String field, boolean required) {
        Double value = result.decimal(field);
        if (value == null && required) {
            throw result.error("the field " + field + " is missing");
        }
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
