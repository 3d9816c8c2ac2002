package io.dclink.testkit.alibaba;

import static io.dclink.testkit.emulator.LifecycleTrigger.action;
import static io.dclink.testkit.emulator.LifecycleTrigger.after;
import static io.dclink.testkit.emulator.LifecycleTrigger.afterWorkingDays;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.testkit.emulator.RawLifecycle;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The letters of authorisation of self-service lines. An allocated line applies for one; the
 * provider accepts the application after a working day and issues the letter an hour later (or
 * the operator does either, or rejects it, after which the line applies again); the installer
 * builds the line ({@code Completing}, the operator) and the customer reports the delivery
 * ({@code Complete}). The LOA's status is the line's {@code LoaStatus}, and its lifecycle a table.
 */
final class Loas {

    private static final List<String> LINE_TYPES = List.of("MSTP", "MPLSVPN", "FIBRE", "Other");

    private final AlibabaCloud cloud;
    /** The applications, by line. */
    final Map<String, ObjectNode> documents = new LinkedHashMap<>();
    final RawLifecycle lifecycle;

    Loas(AlibabaCloud cloud, Map<String, ObjectNode> lines) {
        this.cloud = cloud;
        this.lifecycle = RawLifecycle.of("LOA of line")
                .rows(List.of("", "Deleted"), action("apply"), "Applying")
                .row("Rejected", action("applyAgain"), "Applying")
                .row("Applying", afterWorkingDays(1), "Accept")
                .row("Applying", action("rejectLoa"), "Rejected")
                .rows(List.of("Applying", "Accept"), action("issueLoa"), "Available")
                .row("Accept", after(Duration.ofHours(1)), "Available")
                .row("Available", action("completeConstruction"), "Completing")
                .rows(List.of("Available", "Completing"), action("complete"), "Complete")
                .build(lines, "LoaStatus", cloud.clock(), cloud);
    }

    ObjectNode apply(Rpc p, boolean second) {
        ObjectNode line = cloud.lines().line(p.required("InstanceId"), p.account);
        ObjectNode loa = loaFrom(p, line);
        if (!line.get("Status").asText().equals("Allocated")) {
            throw AliError.badRequest("IncorrectStatus.PhysicalConnection", "The physical connection is not allocated.");
        }
        String id = line.get("PhysicalConnectionId").asText();
        lifecycle.fire(id, second ? "applyAgain" : "apply", () -> AliError.badRequest(
                "IncorrectStatus.PhysicalConnectionLOA", "The LOA is " + line.path("LoaStatus").asText("") + "."));
        documents.put(id, loa);
        return Rpc.JSON.createObjectNode();
    }

    private ObjectNode loaFrom(Rpc p, ObjectNode line) {
        String company = p.required("CompanyName");
        String lineType = p.required("LineType");
        if (!LINE_TYPES.contains(lineType)) {
            throw AliError.badRequest("IllegalParam.LineType", "LineType is MSTP, MPLSVPN, FIBRE or Other.");
        }
        String si = p.required("Si");
        String constructionTime = p.required("ConstructionTime");
        try {
            if (!constructionTime.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z")) {
                throw new DateTimeParseException("not yyyy-MM-ddTHH:mm:ssZ", constructionTime, 0);
            }
            Instant.parse(constructionTime);
        } catch (DateTimeParseException e) {
            throw AliError.badRequest("InvalidConstructionTime.Malformed", "ConstructionTime is yyyy-MM-ddTHH:mm:ssZ.");
        }
        if (p.get("Bandwidth") != null) {
            long bandwidth = p.number("Bandwidth", 0, "IllegalParam.Bandwidth");
            if (bandwidth < 2 || bandwidth > 10_240) {
                throw AliError.badRequest("IllegalParam.Bandwidth", "Bandwidth is 2 to 10240 Mbit/s.");
            }
        }
        List<Map<String, String>> engineers = p.groups("PMInfo", "PMName", "PMContactInfo", "PMCertificateType",
                "PMCertificateNo", "PMGender");
        if (engineers.isEmpty()) {
            throw AliError.badRequest("MissingParam.PMInfo", "At least one field engineer (PMInfo) is required.");
        }
        if (engineers.size() > 16) {
            throw AliError.badRequest("IllegalParam.PmName", "At most 16 field engineers.");
        }
        ObjectNode loa = Rpc.JSON.createObjectNode().put("InstanceId", line.get("PhysicalConnectionId").asText())
                .put("CompanyName", company).put("CompanyLocalizedName", company).put("SI", si).put("LineType", lineType)
                .put("ConstructionTime", constructionTime).put("Description", "");
        ArrayNode pms = loa.putObject("PMInfo").putArray("PMInfo");
        for (Map<String, String> engineer : engineers) {
            requireEngineerField(engineer, "PMName", "IllegalParam.PmName", null);
            requireEngineerField(engineer, "PMContactInfo", "IllegalParam.PmContactInfo", null);
            requireEngineerField(engineer, "PMCertificateType", "IllegalParam.PmCertificateType", List.of("IDCard", "Passport"));
            requireEngineerField(engineer, "PMCertificateNo", "IllegalParam.PmCertificateNo", null);
            requireEngineerField(engineer, "PMGender", "IllegalParam.PmGender", List.of("Male", "Female"));
            ObjectNode pm = pms.addObject();
            engineer.forEach(pm::put);
        }
        return loa;
    }

    private static void requireEngineerField(Map<String, String> engineer, String field, String code, List<String> allowed) {
        String value = engineer.get(field);
        if (value == null || (allowed != null && !allowed.contains(value))) {
            throw AliError.badRequest(code, "The field engineer's " + field + " is missing or not valid.");
        }
    }

    ObjectNode describe(Rpc p) {
        ObjectNode line = cloud.lines().line(p.required("InstanceId"), p.account);
        ObjectNode loa = documents.get(line.get("PhysicalConnectionId").asText());
        if (loa == null) {
            // UNVERIFIED: the answer for a line without an LOA.
            throw AliError.notFound("InvalidInstanceId.NotFound", "The line has no LOA.");
        }
        ObjectNode view = loa.deepCopy().put("Status", line.path("LoaStatus").asText());
        if (List.of("Available", "Completing", "Complete").contains(view.get("Status").asText())) {
            String id = line.get("PhysicalConnectionId").asText();
            String name = p.account + "_" + id + "_" + line.get("AccessPointId").asText() + ".pdf";
            view.put("LoaUrl", cloud.publishDocument(name, loaDocument(line, loa)) + "?Expires="
                    + cloud.now().plus(Duration.ofHours(1)).getEpochSecond() + "&Signature=emulated");
        }
        ObjectNode result = Rpc.JSON.createObjectNode();
        result.set("PhysicalConnectionLOAType", view);
        return result;
    }

    /** A one-page PDF naming the line, the access point and the company: enough to see a download worked. */
    private static byte[] loaDocument(ObjectNode line, ObjectNode loa) {
        String text = "LETTER OF AUTHORISATION (emulated) - " + line.get("PhysicalConnectionId").asText() + " at "
                + line.get("AccessPointId").asText() + " for " + loa.path("CompanyName").asText();
        String stream = "BT /F1 11 Tf 40 800 Td (" + text.replace("(", "[").replace(")", "]") + ") Tj ET";
        String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    ObjectNode complete(Rpc p) {
        ObjectNode line = cloud.lines().line(p.required("InstanceId"), p.account);
        String id = line.get("PhysicalConnectionId").asText();
        if (!lifecycle.allows(id, "complete")) {
            throw AliError.badRequest("IncorrectStatus.PhysicalConnectionLOA", "The LOA is " + line.path("LoaStatus").asText("")
                    + ".");
        }
        ObjectNode loa = documents.get(id);
        for (String field : List.of("LineCode", "LineLabel", "LineServiceProvider", "LineSPContactInfo")) {
            if (p.get(field) != null) {
                loa.put(field, p.get(field));
            }
        }
        if (p.get("FinishWork") == null || p.flag("FinishWork")) {
            lifecycle.fire(id, "complete");
        }
        return Rpc.JSON.createObjectNode();
    }
}
