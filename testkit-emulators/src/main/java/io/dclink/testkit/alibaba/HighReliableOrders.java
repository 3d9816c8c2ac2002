package io.dclink.testkit.alibaba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * High-reliability orders (CreateHighReliablePhysicalConnection): several lines in one order, in one
 * of four modes. Documented: the modes, the port types the order takes (1000Base-LX, 10GBase-LR,
 * 40GBase-LR, 100GBase-LR), {@code LineOperator} and {@code RegionId} required in each
 * {@code ApList} entry, {@code PortNum} (2 to 16) only for {@code SingleApMultiConnection}, and the
 * answer's {@code PhysicalConnectionList.physicalConnectionList[] {InstanceId, RegionNo}} with
 * {@code ErrorInfoList.errorInfoList[]}. Each line is a line like any other, in {@code Initial}, and
 * follows its access point's flow. A dry run checks the order and makes nothing.
 */
final class HighReliableOrders {

    static final List<String> MODES = List.of("MultiApMultiDevice", "MultiApSingleDevice", "SingleApMultiDevice",
            "SingleApMultiConnection");
    static final List<String> PORT_TYPES = List.of("1000Base-LX", "10GBase-LR", "40GBase-LR", "100GBase-LR");
    private static final List<String> ENTRY_FIELDS = List.of("AccessPointId", "LineOperator", "RegionId", "Bandwidth",
            "CircuitCode", "Name", "Description", "OpticalModuleModel", "PeerLocation", "PortNum", "Type");

    private final AlibabaCloud cloud;
    private final Lines lines;

    HighReliableOrders(AlibabaCloud cloud, Lines lines) {
        this.cloud = cloud;
        this.lines = lines;
    }

    ObjectNode create(Rpc p) {
        String mode = p.required("HighReliableType");
        if (!MODES.contains(mode)) {
            // UNVERIFIED: the code of an unknown mode.
            throw AliError.badRequest("IllegalParam.HighReliableType", "HighReliableType must be one of " + MODES + ".");
        }
        String portType = p.required("PortType");
        if (!PORT_TYPES.contains(portType)) {
            // UNVERIFIED: the code of a port type the order does not take.
            throw AliError.badRequest("IllegalParam.PortType", "A high-reliability order takes PortType " + PORT_TYPES + ".");
        }
        List<Map<String, String>> entries = p.groups("ApList", ENTRY_FIELDS.toArray(String[]::new));
        checkEntries(mode, entries);
        List<ObjectNode> points = entries.stream().map(entry -> cloud.accessPoint(entry.get("AccessPointId"))).toList();
        entries.forEach(entry -> {
            Lines.lineOperator(entry.get("LineOperator"));
            Lines.checkName(entry.get("Name"));
            Lines.checkDescription(entry.get("Description"));
        });
        ObjectNode result = Rpc.JSON.createObjectNode();
        ArrayNode made = result.putObject("PhysicalConnectionList").putArray("physicalConnectionList");
        result.putObject("ErrorInfoList").putArray("errorInfoList");
        if ("true".equalsIgnoreCase(p.get("DryRun"))) {
            return result;
        }
        for (int i = 0; i < entries.size(); i++) {
            Map<String, String> entry = entries.get(i);
            for (int device = 0; device < linesAt(mode, entry); device++) {
                ObjectNode line = lines.add(p.account, points.get(i), entry.get("LineOperator"), portType, null, entry::get);
                if (entry.get("Bandwidth") != null) {
                    line.put("Bandwidth", bandwidth(entry.get("Bandwidth")));
                }
                // the device a line ends on, which the service does not show: devices differ unless the mode shares one
                line.put("_device", mode.endsWith("MultiConnection") ? 0 : device);
                Lines.tags(line, p, "Tag");
                String id = line.get("PhysicalConnectionId").asText();
                lines.lifecycle(id).enter(id, "Initial");
                made.addObject().put("InstanceId", id).put("RegionNo", cloud.region());
            }
        }
        return result;
    }

    private static long bandwidth(String value) {
        if (!value.matches("\\d{1,6}")) {
            throw AliError.badRequest("InvalidBandwidth", "The specified Bandwidth is not valid.");
        }
        return Long.parseLong(value);
    }

    /**
     * UNVERIFIED: the number of ApList entries each mode takes (two different access points for the
     * MultiAp modes, one for the SingleAp modes).
     */
    private void checkEntries(String mode, List<Map<String, String>> entries) {
        int wanted = mode.startsWith("MultiAp") ? 2 : 1;
        if (entries.size() != wanted) {
            throw AliError.badRequest("IllegalParam.ApList", mode + " takes " + wanted + " ApList entr"
                    + (wanted == 1 ? "y" : "ies") + ".");
        }
        Set<String> seen = new HashSet<>();
        for (Map<String, String> entry : entries) {
            for (String required : List.of("AccessPointId", "LineOperator", "RegionId")) {
                if (entry.get(required) == null) {
                    throw AliError.badRequest("MissingApList." + required, "The input parameter ApList.N." + required
                            + " that is mandatory for processing this request is not supplied.");
                }
            }
            if (!entry.get("RegionId").equals(cloud.region())) {
                throw AliError.notFound("InvalidRegionId.NotFound", "The specified region does not exist.");
            }
            if (!seen.add(entry.get("AccessPointId"))) {
                throw AliError.badRequest("IllegalParam.ApList", mode + " takes different access points.");
            }
            String portNum = entry.get("PortNum");
            if (portNum != null && !mode.equals("SingleApMultiConnection")) {
                throw AliError.badRequest("IllegalParam.PortNum", "PortNum applies to SingleApMultiConnection only.");
            }
            if (mode.equals("SingleApMultiConnection") && (portNum == null || !portNum.matches("\\d+")
                    || Integer.parseInt(portNum) < 2 || Integer.parseInt(portNum) > 16)) {
                throw AliError.badRequest("IllegalParam.PortNum", "PortNum must be 2 to 16.");
            }
        }
    }

    /**
     * UNVERIFIED: how many lines each entry makes: two devices at each access point for
     * MultiApMultiDevice, one line per access point for MultiApSingleDevice, two devices at the one
     * access point for SingleApMultiDevice, {@code PortNum} lines on one device for SingleApMultiConnection.
     */
    private static int linesAt(String mode, Map<String, String> entry) {
        return switch (mode) {
            case "MultiApSingleDevice" -> 1;
            case "SingleApMultiConnection" -> Integer.parseInt(entry.get("PortNum"));
            default -> 2;
        };
    }
}
