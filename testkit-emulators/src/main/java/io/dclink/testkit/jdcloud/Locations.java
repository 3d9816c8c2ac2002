package io.dclink.testkit.jdcloud;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.testkit.emulator.StoredJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where lines land: each region's locations with their port specs and ISPs, and the partners that
 * sell partner lines. Read-only, seeded per region. UNVERIFIED: every code and name below (no
 * public source lists JD's location, port-spec or ISP codes); the port types are the documented
 * ones (1000MBase-T electrical, 1000MBase-LX, 10GBase-LR and 100GBase-LR4 optical).
 */
final class Locations {

    private static final Instant SEEDED = Instant.parse("2020-03-10T00:00:00Z");
    private static final String[][] PORT_SPECS = {{"1000MBase-T", "Electrical", "1"}, {"1000MBase-LX", "Optical", "1"},
        {"10GBase-LR", "Optical", "10"}, {"100GBase-LR4", "Optical", "100"}};
    private static final String[][] ISPS = {{"ct", "China Telecom"}, {"cu", "China Unicom"}, {"cm", "China Mobile"}};

    private final List<ObjectNode> locations = new ArrayList<>();
    private final List<ObjectNode> partners = new ArrayList<>();

    Locations(JdJson ids, List<String> regions) {
        for (String region : regions) {
            switch (region) {
                case "cn-north-1" -> {
                    seed(ids, region, "Langfang-A", "bj-lf-a", "Langfang Economic and Technological Development Zone, Hebei", 4, 3);
                    seed(ids, region, "Yizhuang-B", "bj-yz-b", "Beijing Economic-Technological Development Area", 3, 2);
                }
                case "cn-east-1" -> seed(ids, region, "Suqian-A", "sq-a", "Suqian, Jiangsu", 3, 3);
                case "cn-east-2" -> seed(ids, region, "Shanghai-Jiading", "sh-jd-a", "Jiading District, Shanghai", 3, 3);
                case "cn-south-1" -> seed(ids, region, "Guangzhou-Huangpu", "gz-hp-a", "Huangpu District, Guangzhou", 3, 3);
                default -> seed(ids, region, "Emulated-A", region + "-a", "Emulated data centre", 3, 3);
            }
            partners.add(partner(ids, region, "Emulated Partner Telecom", "partner-telecom", "13900000001"));
            partners.add(partner(ids, region, "Emulated Partner Networks", "partner-networks", "13900000002"));
        }
    }

    private void seed(JdJson ids, String region, String name, String code, String address, int portSpecs, int isps) {
        ObjectNode location = JdJson.object().put("locationId", ids.newId("loc-")).put("locationName", name)
                .put("locationCode", code).put("locationType", "self") // UNVERIFIED: locationType's values
                .put("address", address).put("createdTime", JdJson.time(SEEDED)).put("_region", region);
        ArrayNode specs = location.putArray("locationPortSpecs");
        for (int i = 0; i < portSpecs; i++) {
            specs.addObject().put("locationPortSpecId", ids.newId("lps-")).put("portSpecName", PORT_SPECS[i][0])
                    .put("portSpecCode", PORT_SPECS[i][0]).put("locationCode", code).put("portSpecType", PORT_SPECS[i][1])
                    .put("bandwidthGbps", Integer.parseInt(PORT_SPECS[i][2]));
        }
        ArrayNode providers = location.putArray("locationISPs");
        for (int i = 0; i < isps; i++) {
            providers.addObject().put("locationISPId", ids.newId("isp-")).put("ispName", ISPS[i][1]).put("locationCode", code)
                    .put("ispCode", ISPS[i][0]);
        }
        locations.add(location);
    }

    private static ObjectNode partner(JdJson ids, String region, String name, String code, String phone) {
        return JdJson.object().put("partnerId", ids.newId("ptn-")).put("partnerName", name).put("partnerCode", code)
                .put("createdTime", JdJson.time(SEEDED)).put("phoneNumber", phone).put("mailbox", "noc@" + code + ".example")
                .put("pin", code.replace('-', '_')).put("_region", region);
    }

    // ---- the operations ----------------------------------------------------------------------

    /** UNVERIFIED: the filter names of the location operations. */
    ObjectNode describeLocations(Call call) {
        Map<String, List<String>> f = Listing.filters(call.query(), Set.of("locationIds", "locationCodes", "locationNames"), Set.of());
        List<ObjectNode> matching = inRegion(call.region()).stream()
                .filter(l -> Listing.matches(f, "locationIds", l.get("locationId").asText()))
                .filter(l -> Listing.matches(f, "locationCodes", l.get("locationCode").asText()))
                .filter(l -> Listing.matches(f, "locationNames", l.get("locationName").asText())).toList();
        return Listing.page(call.query(), matching, "locations");
    }

    ObjectNode describeLocation(Call call) {
        String id = call.path("locationId");
        ObjectNode location = inRegion(call.region()).stream().filter(l -> l.get("locationId").asText().equals(id)).findFirst()
                .orElseThrow(() -> JdError.notFound("location", id));
        ObjectNode result = JdJson.object();
        result.set("location", StoredJson.visible(location));
        return result;
    }

    ObjectNode describePortSpecs(Call call) {
        return describeParts(call, "locationPortSpecs", "locationPortSpecId", "locationPortSpecIds");
    }

    ObjectNode describePortSpec(Call call) {
        return describePart(call, "locationPortSpecs", "locationPortSpecId", "locationPortSpec");
    }

    ObjectNode describeIsps(Call call) {
        return describeParts(call, "locationISPs", "locationISPId", "locationISPIds");
    }

    ObjectNode describeIsp(Call call) {
        return describePart(call, "locationISPs", "locationISPId", "locationISP");
    }

    ObjectNode describePartners(Call call) {
        Map<String, List<String>> f = Listing.filters(call.query(), Set.of("partnerIds", "partnerCodes", "partnerNames"), Set.of());
        List<ObjectNode> matching = partners.stream().filter(p -> p.get("_region").asText().equals(call.region()))
                .filter(p -> Listing.matches(f, "partnerIds", p.get("partnerId").asText()))
                .filter(p -> Listing.matches(f, "partnerCodes", p.get("partnerCode").asText()))
                .filter(p -> Listing.matches(f, "partnerNames", p.get("partnerName").asText())).toList();
        return Listing.page(call.query(), matching, "partners");
    }

    ObjectNode describePartner(Call call) {
        String id = call.path("partnerId");
        ObjectNode result = JdJson.object();
        result.set("partner", StoredJson.visible(partners.stream().filter(p -> p.get("_region").asText().equals(call.region()))
                .filter(p -> p.get("partnerId").asText().equals(id)).findFirst()
                .orElseThrow(() -> JdError.notFound("partner", id))));
        return result;
    }

    private ObjectNode describeParts(Call call, String array, String idField, String idsFilter) {
        Map<String, List<String>> f = Listing.filters(call.query(), Set.of(idsFilter, "locationCodes"), Set.of());
        List<ObjectNode> matching = parts(call.region(), array).stream()
                .filter(p -> Listing.matches(f, idsFilter, p.get(idField).asText()))
                .filter(p -> Listing.matches(f, "locationCodes", p.get("locationCode").asText())).toList();
        return Listing.page(call.query(), matching, array);
    }

    private ObjectNode describePart(Call call, String array, String idField, String resultField) {
        String id = call.path(idField);
        ObjectNode result = JdJson.object();
        result.set(resultField, parts(call.region(), array).stream().filter(p -> p.get(idField).asText().equals(id)).findFirst()
                .orElseThrow(() -> JdError.notFound(resultField, id)).deepCopy());
        return result;
    }

    private List<ObjectNode> parts(String region, String array) {
        List<ObjectNode> parts = new ArrayList<>();
        inRegion(region).forEach(l -> l.get(array).forEach(p -> parts.add((ObjectNode) p)));
        return parts;
    }

    // ---- lookups for connections --------------------------------------------------------------

    List<ObjectNode> inRegion(String region) {
        return locations.stream().filter(l -> l.get("_region").asText().equals(region)).toList();
    }

    /** A location of the region by code, or INVALID_ARGUMENT naming the field. */
    ObjectNode location(String region, String code, String field) {
        return inRegion(region).stream().filter(l -> l.get("locationCode").asText().equals(code)).findFirst()
                .orElseThrow(() -> JdError.invalidArgument(field, "names no location of " + region + ": " + code));
    }

    /** A part (port spec or ISP) of a location by its code field. */
    static ObjectNode part(ObjectNode location, String array, String codeField, String code, String field) {
        for (var part : location.get(array)) {
            if (part.get(codeField).asText().equals(code)) {
                return (ObjectNode) part;
            }
        }
        throw JdError.invalidArgument(field, "names nothing " + location.get("locationCode").asText() + " offers: " + code);
    }

    ObjectNode partner(String region, String code) {
        return partners.stream()
                .filter(p -> p.get("_region").asText().equals(region) && p.get("partnerCode").asText().equals(code)).findFirst()
                .orElseThrow(() -> JdError.invalidArgument("partnerCode", "names no partner of " + region + ": " + code));
    }

    int count() {
        return locations.size();
    }
}
