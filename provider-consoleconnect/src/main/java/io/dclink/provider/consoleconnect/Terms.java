package io.dclink.provider.consoleconnect;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.kit.validation.Problems;
import java.util.List;
import java.util.Map;

/**
 * The commercial terms of a Layer 2 connection: {@code paymentType}, {@code duration} with
 * {@code durationUnit}, {@code evergreen} and {@code classOfService}. An order takes them from its
 * provider options; what it leaves out comes from the client's {@code consoleconnect.*} properties
 * (a company's usual terms), and what neither gives is left to Console Connect's defaults. A
 * duration and its unit are one term: given together, and taken together.
 *
 * @param paymentType how the connection is paid, or {@code null}
 * @param duration the term's length, or {@code null}
 * @param durationUnit the term's unit, or {@code null}
 * @param evergreen whether the term renews month to month, or {@code null}
 * @param classOfService the class of service, or {@code null}
 */
record Terms(String paymentType, Integer duration, String durationUnit, Boolean evergreen, String classOfService) {

    static final String PAYMENT_TYPE = "paymentType";
    static final String DURATION = "duration";
    static final String DURATION_UNIT = "durationUnit";
    static final String EVERGREEN = "evergreen";
    static final String CLASS_OF_SERVICE = "classOfService";
    /** The terms' names: provider options, and builder properties after {@value Settings#PREFIX}. */
    static final List<String> NAMES = List.of(PAYMENT_TYPE, DURATION, DURATION_UNIT, EVERGREEN, CLASS_OF_SERVICE);

    /**
     * {@code creditcard} is left out: it needs a {@code paymentTransactionId} from a payment the API
     * does not make. UNVERIFIED: the generic endpoint's enum (§3).
     */
    static final List<String> PAYMENT_TYPES = List.of("invoice", "plan", "payg");
    /** UNVERIFIED: {@code d} worked for customers in 2020; the docs list {@code y} and {@code m}. */
    static final List<String> DURATION_UNITS = List.of("y", "m", "d");
    /** The Azure enum and the ports' {@code SILVERPLUS}; UNVERIFIED for the generic endpoint. */
    static final List<String> CLASSES_OF_SERVICE = List.of("BRONZE", "SILVER", "SILVERPLUS", "GOLD");
    /** UNVERIFIED: the longest term, ten years. */
    static final int LONGEST_DURATION = 120;

    /** No terms: Console Connect's defaults. */
    static Terms none() {
        return new Terms(null, null, null, null, null);
    }

    /**
     * Reads the terms, reporting every problem.
     *
     * @param values where they are
     * @param keyPrefix what precedes a term's name in {@code values} ({@code consoleconnect.} for properties)
     * @param fieldPrefix what precedes it in a problem's field ({@code providerOptions.} for options)
     * @param problems where problems go
     * @return the terms read; a wrong value is left out
     */
    static Terms read(Map<String, String> values, String keyPrefix, String fieldPrefix, Problems problems) {
        Source source = new Source(values, keyPrefix, fieldPrefix, problems);
        String payment = source.oneOf(PAYMENT_TYPE, PAYMENT_TYPES);
        String unit = source.oneOf(DURATION_UNIT, DURATION_UNITS);
        String classOfService = source.oneOf(CLASS_OF_SERVICE, CLASSES_OF_SERVICE);
        String length = source.value(DURATION);
        Integer duration = length != null && length.matches("[0-9]{1,3}") ? Integer.valueOf(length) : null;
        problems.check(length == null || duration != null && duration >= 1 && duration <= LONGEST_DURATION,
                fieldPrefix + DURATION, "must be a whole number from 1 to " + LONGEST_DURATION);
        boolean unitGiven = source.value(DURATION_UNIT) != null;
        problems.check((length != null) == unitGiven, fieldPrefix + (length != null ? DURATION_UNIT : DURATION),
                "is required with " + (length != null ? DURATION : DURATION_UNIT));
        String renews = source.value(EVERGREEN);
        problems.check(renews == null || renews.equals("true") || renews.equals("false"), fieldPrefix + EVERGREEN,
                "must be true or false");
        return new Terms(payment, duration, unit, renews == null ? null : Boolean.valueOf(renews), classOfService);
    }

    /** An order's terms from its provider options, which the create's validator has checked. */
    static Terms ofOrder(Map<String, String> options) {
        return read(options, "", "", new Problems());
    }

    /** These terms, completed with the defaults where they say nothing; a duration comes with its unit. */
    Terms orElse(Terms defaults) {
        boolean ownDuration = duration != null;
        return new Terms(paymentType != null ? paymentType : defaults.paymentType,
                ownDuration ? duration : defaults.duration, ownDuration ? durationUnit : defaults.durationUnit,
                evergreen != null ? evergreen : defaults.evergreen,
                classOfService != null ? classOfService : defaults.classOfService);
    }

    /** Adds the terms set to a create body. */
    void addTo(ObjectNode order) {
        putIfSet(order, PAYMENT_TYPE, paymentType);
        if (duration != null) {
            order.put(DURATION, duration).put(DURATION_UNIT, durationUnit);
        }
        if (evergreen != null) {
            order.put(EVERGREEN, evergreen);
        }
        putIfSet(order, CLASS_OF_SERVICE, classOfService);
    }

    /**
     * Adds the terms a price depends on to a pricing item: {@code duration{value, unit}},
     * {@code classOfService}, {@code paymentMethod} (Console Connect's own quote mapping).
     */
    void addToQuote(ObjectNode item) {
        if (duration != null) {
            item.putObject(DURATION).put("value", duration).put("unit", durationUnit);
        }
        putIfSet(item, CLASS_OF_SERVICE, classOfService);
        putIfSet(item, "paymentMethod", paymentType);
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** The values of one source, and where their problems go. */
    private record Source(Map<String, String> values, String keyPrefix, String fieldPrefix, Problems problems) {

        String value(String name) {
            return values.get(keyPrefix + name);
        }

        String oneOf(String name, List<String> allowed) {
            String value = value(name);
            problems.check(value == null || allowed.contains(value), fieldPrefix + name, "must be one of " + allowed);
            return value != null && allowed.contains(value) ? value : null;
        }
    }
}
