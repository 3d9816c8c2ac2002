package io.dclink.testkit.consoleconnect;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/company/{company}/metro/capabilities}: the metros where a company takes Layer 2
 * connections (where it has ports that take them), with the fields the Tencent guide shows;
 * {@code id} is a connection's {@code destMetroId} and {@code firstDataCenterFacilityIdInMetro} its
 * {@code destDcf}. A company without the Layer 2 capability lists none (UNVERIFIED).
 */
final class Metros {

    private Metros() {
    }

    static ObjectNode capabilities(Company company, Ports ports) {
        ArrayNode results = CcJson.array();
        if (company.layer2()) {
            for (Place.Metro metro : ports.metrosOf(company)) {
                String firstDcf = Place.DCFS.stream().filter(d -> d.metroId().equals(metro.id()))
                        .filter(d -> ports.connectable(company).stream()
                                .anyMatch(p -> p.get("dataCenterFacilityId").asText().equals(d.id())))
                        .findFirst().orElseThrow().id();
                ObjectNode entry = results.addObject().put("id", metro.id()).put("name", metro.name())
                        .put("code", metro.code()).putNull("logo").put("canCreateController", false);
                entry.putArray("tags");
                entry.putNull("description");
                entry.put("firstDataCenterFacilityIdInMetro", firstDcf);
            }
        }
        ObjectNode body = CcJson.object();
        body.set("results", results);
        return body;
    }
}
