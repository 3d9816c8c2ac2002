package io.dclink.testkit.consoleconnect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A company on Console Connect: the caller's own (one per API key's account) or one of the
 * destinations every account finds. Companies are addressed by username in paths.
 *
 * @param id its ObjectId
 * @param username its username, e.g. {@code tencent-cloud}
 * @param name its display name
 * @param account the emulator account whose keys act for it, or {@code null} for a destination
 * @param layer2 whether it takes Layer 2 connections
 * @param bySupport whether Console Connect's support team provisions connections to it by hand
 *     ({@code MANUAL}, as for {@code tencent-cloud}) rather than the company accepting them
 * @param userId the id of the user behind its API key (customer companies)
 */
record Company(String id, String username, String name, String account, boolean layer2, boolean bySupport,
        String userId) {

    /** Whether API keys act for it. */
    boolean isCustomer() {
        return account != null;
    }

    /** The company as connections ({@code srcCompany}, {@code destCompany}) and {@code GET /api/auth/token} embed it. */
    ObjectNode json(Ports ports) {
        ObjectNode company = CcJson.object().put("id", id).put("username", username).put("name", name)
                .put("type", "COMPANY").put("status", "ACTIVE").put("verified", true);
        ObjectNode capabilities = company.putObject("capabilities").put("layer2", layer2);
        ArrayNode metros = capabilities.putArray("layer2Metros");
        ArrayNode regions = capabilities.putArray("layer2Regions");
        if (layer2) {
            for (Place.Metro metro : ports.metrosOf(this)) {
                metros.add(metro.id());
                if (!contains(regions, metro.regionId())) {
                    regions.add(metro.regionId());
                }
            }
        }
        capabilities.put("layer3", false);
        capabilities.putArray("layer3Metros");
        capabilities.putArray("layer3Regions");
        return company;
    }

    private static boolean contains(ArrayNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
