package io.dclink.provider.consoleconnect;

import io.dclink.kit.validation.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The provider options of a Layer 2 request ({@code CreateVirtualInterfaceRequest.providerOptions},
 * for an order and for its quote), named as Console Connect's create body names them: where the
 * connection lands — {@code destMetroId}, {@code destDcf}, {@code destPortId} — its commercial
 * {@link Terms}, and a {@code discountCode}. The runtime refuses any other key before anything is sent.
 */
final class Layer2Options {

    /** The destination's metro, an id of its metro capabilities; by default the source port's metro. */
    static final String DEST_METRO = "destMetroId";
    /** The destination's data-centre facility; by default the metro's first ({@code firstDataCenterFacilityIdInMetro}). */
    static final String DEST_DCF = "destDcf";
    /** A port of the destination company to land on; its metro and facility follow from it. */
    static final String DEST_PORT = "destPortId";
    /** A discount code for the order and its quote. UNVERIFIED for the generic create (the partner endpoints take it). */
    static final String DISCOUNT_CODE = "discountCode";
    /** UNVERIFIED: a discount code's form (none is documented). */
    static final int DISCOUNT_CODE_LIMIT = 64;
    /** Where a problem of an option is reported. */
    static final String FIELD = "providerOptions.";

    /** Every option the plugin takes, which its descriptor declares. */
    static final List<String> NAMES = names();

    private Layer2Options() {
    }

    /** Checks the options' values, reporting each problem under {@code providerOptions.<key>}. */
    static void check(Problems problems, Map<String, String> options, String sourcePortId) {
        for (String option : List.of(DEST_METRO, DEST_DCF, DEST_PORT)) {
            String value = options.get(option);
            problems.check(value == null || Answers.isObjectId(value), FIELD + option,
                    "must be a Console Connect id (24 hexadecimal characters)");
        }
        problems.check(options.get(DEST_PORT) == null || !options.get(DEST_PORT).equals(sourcePortId), FIELD + DEST_PORT,
                "must be another port than the source port connectionId");
        String discount = options.get(DISCOUNT_CODE);
        problems.text(FIELD + DISCOUNT_CODE, discount, 1, DISCOUNT_CODE_LIMIT);
        problems.check(discount == null || discount.chars().noneMatch(Character::isWhitespace), FIELD + DISCOUNT_CODE,
                "must be a code, without spaces");
        Terms.read(options, "", FIELD, problems);
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>(List.of(DEST_METRO, DEST_DCF, DEST_PORT));
        names.addAll(Terms.NAMES);
        names.add(DISCOUNT_CODE);
        return List.copyOf(names);
    }
}
