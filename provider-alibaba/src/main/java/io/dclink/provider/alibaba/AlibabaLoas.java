package io.dclink.provider.alibaba;

import io.dclink.error.Problem;
import io.dclink.kit.json.JsonRecord;
import io.dclink.kit.validation.Problems;
import io.dclink.kit.validation.Ranges;
import io.dclink.model.ConstructionReport;
import io.dclink.model.ConstructionType;
import io.dclink.model.FieldEngineer;
import io.dclink.model.IdDocumentType;
import io.dclink.model.Loa;
import io.dclink.model.LoaApplication;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * A line's letter of authorisation: ApplyPhysicalConnectionLOA (SecondApply… after a rejection),
 * DescribePhysicalConnectionLOA, CompletePhysicalConnectionLOA (the delivery report).
 */
final class AlibabaLoas {

    static final int MAX_ENGINEERS = 16;
    private static final DateTimeFormatter CONSTRUCTION_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final AlibabaApi api;
    private final AlibabaConnections connections;

    AlibabaLoas(AlibabaApi api, AlibabaConnections connections) {
        this.api = api;
        this.connections = connections;
    }

    /** The line says whether an LOA exists (LoaStatus); only then is the LOA itself described. */
    CompletableFuture<Loa> get(String connectionId) {
        return connections.describe(connectionId).thenCompose(line -> {
            if (line.text(AlibabaStates.LOA_STATUS) == null) {
                return CompletableFuture.completedFuture(AlibabaMapping.loa(connectionId, JsonRecord.empty(api.errors())));
            }
            return api.read("DescribePhysicalConnectionLOA", api.params().put("InstanceId", connectionId))
                    .thenApply(response -> {
                        JsonRecord loa = response.record("PhysicalConnectionLOAType");
                        String answered = loa.text("InstanceId");
                        if (!connectionId.equals(answered)) {
                            throw loa.error("asked for the LOA of " + connectionId + ", the provider answered "
                                    + (answered == null ? "one without InstanceId" : "that of " + answered));
                        }
                        return AlibabaMapping.loa(connectionId, loa);
                    });
        });
    }

    static List<Problem> validate(LoaApplication application) {
        Problems problems = new Problems()
                .text("companyName", application.companyName(), AlibabaLimits.COMPANY)
                .text("constructionCompany", application.constructionCompany(), AlibabaLimits.COMPANY)
                .text("customerLocation", application.customerLocation(), AlibabaLimits.PEER_LOCATION);
        if (application.bandwidthMbps() != null) {
            Ranges.bandwidth(problems, "bandwidthMbps", application.bandwidthMbps(), 2, 10_240);
        }
        List<FieldEngineer> engineers = application.engineers();
        problems.check(!engineers.isEmpty() && engineers.size() <= MAX_ENGINEERS, "engineers",
                "name 1 to " + MAX_ENGINEERS + " field engineers");
        for (int i = 0; i < engineers.size(); i++) {
            FieldEngineer engineer = engineers.get(i);
            String field = "engineers[" + i + "]";
            problems.required(field + ".name", engineer.name())
                    .required(field + ".phone", engineer.phone())
                    .required(field + ".idNumber", engineer.idNumber())
                    .required(field + ".gender", engineer.gender());
            problems.check(engineer.idType() == IdDocumentType.ID_CARD || engineer.idType() == IdDocumentType.PASSPORT,
                    field + ".idType", "must be ID_CARD or PASSPORT");
            problems.text(field + ".name", engineer.name(), AlibabaLimits.ENGINEER)
                    .text(field + ".phone", engineer.phone(), AlibabaLimits.ENGINEER)
                    .text(field + ".idNumber", engineer.idNumber() == null ? null : engineer.idNumber().reveal(),
                            AlibabaLimits.ENGINEER);
        }
        return problems.list();
    }

    static List<Problem> validate(ConstructionReport report) {
        return new Problems()
                .text("lineCode", report.lineCode(), AlibabaLimits.REPORT)
                .text("cableLabel", report.cableLabel(), AlibabaLimits.REPORT)
                .text("lineServiceProvider", report.lineServiceProvider(), AlibabaLimits.REPORT)
                .text("lineServiceContact", report.lineServiceContact(), AlibabaLimits.REPORT)
                .list();
    }

    CompletableFuture<Loa> apply(String connectionId, LoaApplication application, boolean reapplication) {
        RpcParams params = api.params()
                .put("InstanceId", connectionId)
                .put("CompanyName", application.companyName())
                .put("LineType", lineType(application.constructionType()))
                .put("Si", application.constructionCompany())
                .put("ConstructionTime", CONSTRUCTION_TIME.format(application.constructionTime()))
                .put("PeerLocation", application.customerLocation())
                .put("Bandwidth", application.bandwidthMbps());
        List<String> idNumbers = new ArrayList<>();
        List<FieldEngineer> engineers = application.engineers();
        for (int i = 0; i < engineers.size(); i++) {
            FieldEngineer engineer = engineers.get(i);
            String prefix = "PMInfo." + (i + 1) + ".";
            idNumbers.add(engineer.idNumber().reveal());
            params.put(prefix + "PMName", engineer.name())
                    .put(prefix + "PMContactInfo", engineer.phone())
                    .put(prefix + "PMCertificateType", engineer.idType() == IdDocumentType.PASSPORT ? "Passport" : "IDCard")
                    .put(prefix + "PMCertificateNo", engineer.idNumber().reveal())
                    .put(prefix + "PMGender", engineer.gender().name().charAt(0) + engineer.gender().name().substring(1)
                            .toLowerCase(Locale.ROOT));
        }
        String action = reapplication ? "SecondApplyPhysicalConnectionLOA" : "ApplyPhysicalConnectionLOA";
        return api.write(action, params, AlibabaApi.token(application.idempotencyKey()), idNumbers.toArray(String[]::new))
                .thenCompose(response -> get(connectionId));
    }

    CompletableFuture<Loa> complete(String connectionId, ConstructionReport report) {
        RpcParams params = api.params()
                .put("InstanceId", connectionId)
                .put("LineCode", report.lineCode())
                .put("LineLabel", report.cableLabel())
                .put("LineServiceProvider", report.lineServiceProvider())
                .put("LineSPContactInfo", report.lineServiceContact())
                .put("FinishWork", report.constructionFinished() == null || report.constructionFinished());
        return api.write("CompletePhysicalConnectionLOA", params, AlibabaApi.token(report.idempotencyKey()))
                .thenCompose(response -> get(connectionId));
    }

    private static String lineType(ConstructionType type) {
        return type == ConstructionType.OTHER ? "Other" : type.name();
    }
}
