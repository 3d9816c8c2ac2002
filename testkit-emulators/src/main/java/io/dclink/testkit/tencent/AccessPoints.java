package io.dclink.testkit.tencent;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The region's access points, in the region's city: two available and one not; in
 * {@value #ONE_SITE_REGION}, a city with one available access point, one not.
 */
final class AccessPoints {

    /** The region whose city has a single available access point, where no pair over two access points fits. */
    static final String ONE_SITE_REGION = "ap-chengdu";

    private final List<ObjectNode> accessPoints;

    AccessPoints(String region) {
        String city = region.replaceFirst("^ap-", "");
        String cityName = city.isEmpty() ? city : Character.toUpperCase(city.charAt(0)) + city.substring(1);
        accessPoints = region.equals(ONE_SITE_REGION)
                ? List.of(accessPoint("ap-" + city + "-a-th", "AVAILABLE", region, cityName),
                        accessPoint("ap-" + city + "-c-old", "UNAVAILABLE", region, cityName))
                : List.of(accessPoint("ap-" + city + "-a-th", "AVAILABLE", region, cityName),
                        accessPoint("ap-" + city + "-b-kf", "AVAILABLE", region, cityName),
                        accessPoint("ap-" + city + "-c-old", "UNAVAILABLE", region, cityName));
    }

    private static ObjectNode accessPoint(String id, String state, String region, String city) {
        ObjectNode ap = Params.JSON.createObjectNode().put("AccessPointName", "Emulated " + id).put("AccessPointId", id)
                .put("State", state).put("Location", "Emulated DC").put("Address", "1 Emulator Road").put("City", city)
                .put("Area", "South China").put("RegionId", region).put("AccessPointType", "VXLAN")
                .put("AccessPointServiceType", "NORMAL");
        Lines.LINE_OPERATORS.stream().limit(5).forEach(ap.putArray("LineOperator")::add);
        ArrayNode types = ap.putArray("AvailablePortType");
        ArrayNode info = ap.putArray("AvailablePortInfo");
        for (String[] port : new String[][] {{"1000BASE-LX", "1000", "X"}, {"1000BASE-T", "1000", "T"},
                {"10GBASE-LR", "10000", "X"}, {"100GBASE-LR4", "100000", "X"}}) {
            types.add(port[0]);
            info.addObject().put("InternationalName", port[0]).put("Specification", Integer.parseInt(port[1]))
                    .put("PortType", port[2]);
        }
        ap.putObject("Coordinate").put("Lat", 23.1291).put("Lng", 113.2644);
        return ap;
    }

    ObjectNode describe(ObjectNode p) {
        String region = p.path("RegionId").asText(null);
        Map<String, List<String>> filters = Params.filters(p);
        List<ObjectNode> matching = accessPoints.stream()
                .filter(ap -> region == null || ap.get("RegionId").asText().equals(region))
                .filter(ap -> Params.matches(filters.get("access-point-id"), ap.get("AccessPointId").asText()))
                .filter(ap -> !filters.containsKey("isp") || filters.get("isp").stream()
                        .anyMatch(isp -> Params.contains(ap.get("LineOperator"), isp)))
                .toList();
        return Params.page(p, matching, "AccessPointSet");
    }

    /** An access point a line can be ordered at. */
    ObjectNode available(String id) {
        ObjectNode ap = accessPoints.stream().filter(a -> a.get("AccessPointId").asText().equals(id)).findFirst()
                .orElseThrow(() -> new TcError("ResourceNotFound", "The access point " + id + " does not exist."));
        if (!ap.get("State").asText().equals("AVAILABLE")) {
            throw new TcError("ResourceUnavailable", "The access point " + id + " is not available.");
        }
        return ap;
    }
}
