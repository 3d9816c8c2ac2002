package io.dclink.provider.alibaba;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.DirectConnect;
import io.dclink.model.Connection;
import io.dclink.model.LifecycleResource;
import io.dclink.model.Loa;
import io.dclink.model.PaymentOptions;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.testkit.alibaba.AlibabaEmulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Both application flows end to end, through the public API only, every step's neutral view asserted. */
class AlibabaFlowsTest {

    /** A Monday morning in Hangzhou, so that working days are calendar days until Friday. */
    private static final Instant MONDAY = Instant.parse("2026-11-23T01:00:00Z");

    private AlibabaEmulator emulator;
    private DirectConnect client;
    private final List<String> seen = new ArrayList<>();

    @BeforeEach
    void start() {
        emulator = new AlibabaEmulator(EmulatorOptions.defaults().withClockStart(MONDAY));
        emulator.start();
        client = DirectConnect.builder().provider("alibaba").region(emulator.region())
                .credentials(emulator.testCredentials()).endpoint(emulator.baseUri()).clock(emulator.clock()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        emulator.close();
    }

    private <R extends LifecycleResource<?>> R see(R resource) {
        seen.add(resource.type() + " " + resource.state() + "/" + resource.requiredAction() + "/" + resource.providerState());
        return resource;
    }

    private Connection line(String id) {
        return see(client.connections().get(id));
    }

    private Loa loa(String id) {
        return see(client.loas().get(id));
    }

    @Test
    void theSelfServiceFlowStartsWithTheInstallationFeeAndWalksTheLoaConstructionConfirmationAndPayment() {
        Connection applied = see(client.connections().create(AlibabaRequests.line("idc-hz-1",
                emulator.selfServiceAccessPoint()).toBuilder().providerOptions(Map.of("InstallationFee", "AutoPay"))
                .idempotencyKey("idc-hz-1-application").build()));
        assertThat(emulator.requests().of("CreatePhysicalConnectionSetupOrder")).singleElement().satisfies(call -> {
            assertThat(call.request().query("AutoPay")).isEqualTo("true");
            assertThat(call.request().query("ClientToken")).isEqualTo("idc-hz-1-application");
            assertThat(call.request().query("LineOperator")).isEqualTo("CT");
            assertThat(call.request().query("PortType")).isEqualTo("10GBase-LR");
        });
        assertThat(emulator.requests().count("CreatePhysicalConnection")).isZero();
        assertThat(applied.name()).isEqualTo("idc-hz-1");
        assertThat(applied.circuitCode()).isEqualTo("CT-HZ-0001");
        emulator.clock().advanceWorkingDays(2);
        line(applied.id());
        emulator.clock().advance(Duration.ofHours(1));
        line(applied.id());
        loa(applied.id());
        see(client.loas().apply(applied.id(), AlibabaRequests.loa()));
        line(applied.id());
        emulator.clock().advanceWorkingDays(1);
        loa(applied.id());
        emulator.clock().advance(Duration.ofHours(1));
        Loa issued = loa(applied.id());
        line(applied.id());
        emulator.operator().completeConstruction(applied.id());
        loa(applied.id());
        line(applied.id());
        Loa reported = see(client.loas().complete(applied.id(), AlibabaRequests.report()));
        line(applied.id());
        see(client.connections().confirm(applied.id()));
        Connection enabled = see(client.connections().pay(applied.id(), PaymentOptions.builder().termMonths(12).build()));

        assertThat(seen).containsExactly(
                "CONNECTION PENDING_APPROVAL/WAIT_FOR_PROVIDER/Initial (LoaStatus=, BusinessStatus=Normal)",
                "CONNECTION PROVISIONING/WAIT_FOR_PROVIDER/Allocating (LoaStatus=, BusinessStatus=Normal)",
                "CONNECTION PENDING_LOA/APPLY_LOA/Allocated (LoaStatus=, BusinessStatus=Normal)",
                "LOA NOT_REQUESTED/APPLY_LOA/",
                "LOA IN_REVIEW/WAIT_FOR_PROVIDER/Applying",
                "CONNECTION PENDING_LOA/WAIT_FOR_PROVIDER/Allocated (LoaStatus=Applying, BusinessStatus=Normal)",
                "LOA APPROVED/WAIT_FOR_PROVIDER/Accept",
                "LOA ISSUED/CONTACT_CARRIER/Available",
                "CONNECTION PROVISIONING/CONTACT_CARRIER/Allocated (LoaStatus=Available, BusinessStatus=Normal)",
                "LOA UNDER_CONSTRUCTION/SUBMIT_CONSTRUCTION_REPORT/Completing",
                "CONNECTION PROVISIONING/SUBMIT_CONSTRUCTION_REPORT/Allocated (LoaStatus=Completing, BusinessStatus=Normal)",
                "LOA COMPLETED/NONE/Complete",
                "CONNECTION PENDING_CONFIRMATION/CONFIRM/Allocated (LoaStatus=Complete, BusinessStatus=Normal)",
                "CONNECTION PENDING_PAYMENT/PAY/Confirmed (LoaStatus=Complete, BusinessStatus=Normal)",
                "CONNECTION ACTIVE/NONE/Enabled (LoaStatus=Complete, BusinessStatus=Normal)");
        assertThat(issued.documentUrl()).isNotNull();
        assertThat(issued.documentUrl().toString()).contains(applied.id()).endsWith("Signature=emulated");
        assertThat(issued.companyName()).isEqualTo("Example Networks Ltd");
        assertThat(issued.constructionCompany()).isEqualTo("Hangzhou Installers");
        assertThat(issued.engineers()).singleElement().satisfies(engineer -> {
            assertThat(engineer.name()).isEqualTo("Li Lei");
            assertThat(engineer.idNumber().reveal()).isEqualTo("110101199001011234");
        });
        assertThat(reported.lineCode()).isEqualTo("CT-HZ-LINE-001");
        assertThat(reported.cableLabel()).isEqualTo("HZ-B-12-03");
        assertThat(enabled.attributes()).containsKey("EndTime").containsEntry("ChargeType", "Prepaid");
        assertThat(emulator.requests().of("CreatePhysicalConnectionOccupancyOrder")).singleElement()
                .satisfies(call -> assertThat(call.request().query("PricingCycle")).isEqualTo("Year"));
    }

    @Test
    void theLoaIsReappliedForAfterARejection() {
        Connection applied = client.connections().create(AlibabaRequests.line("idc-hz-2", emulator.selfServiceAccessPoint()));
        emulator.operator().approve(applied.id());
        emulator.clock().advance(Duration.ofHours(1));
        client.loas().apply(applied.id(), AlibabaRequests.loa());
        emulator.operator().rejectLoa(applied.id(), "the engineer's ID is unreadable");

        Loa rejected = loa(applied.id());
        Connection waiting = line(applied.id());
        Loa again = see(client.loas().apply(applied.id(), AlibabaRequests.loa()));

        assertThat(seen).containsExactly(
                "LOA REJECTED/RESUBMIT/Rejected",
                "CONNECTION PENDING_LOA/RESUBMIT/Allocated (LoaStatus=Rejected, BusinessStatus=Normal)",
                "LOA IN_REVIEW/WAIT_FOR_PROVIDER/Applying");
        assertThat(rejected.documentUrl()).isNull();
        assertThat(waiting.requiredAction().description()).contains("resubmit");
        assertThat(again.state()).isNotEqualTo(rejected.state());
        assertThat(emulator.requests().count("SecondApplyPhysicalConnectionLOA")).isEqualTo(1);
        assertThat(emulator.requests().count("ApplyPhysicalConnectionLOA")).isEqualTo(1);
    }

    @Test
    void thePartnerFlowIsReviewedTheNextWorkingDayBuiltByThePartnerConfirmedAndThenPaid() {
        Connection applied = see(client.connections().create(AlibabaRequests.line("idc-hz-3",
                emulator.partnerAccessPoint())));
        emulator.clock().advanceWorkingDays(1);
        line(applied.id());
        emulator.clock().advanceWorkingDays(1);
        line(applied.id());
        emulator.clock().advanceWorkingDays(5);
        line(applied.id());
        see(client.connections().confirm(applied.id()));
        Connection enabled = see(client.connections().pay(applied.id(), PaymentOptions.defaults()));

        assertThat(seen).containsExactly(
                "CONNECTION PENDING_APPROVAL/WAIT_FOR_PROVIDER/Initial (LoaStatus=, BusinessStatus=Normal)",
                "CONNECTION PROVISIONING/WAIT_FOR_PROVIDER/Approved (LoaStatus=, BusinessStatus=Normal)",
                "CONNECTION PROVISIONING/WAIT_FOR_PROVIDER/Allocating (LoaStatus=, BusinessStatus=Normal)",
                "CONNECTION PENDING_CONFIRMATION/CONFIRM/Allocated (LoaStatus=Complete, BusinessStatus=Normal)",
                "CONNECTION PENDING_PAYMENT/PAY/Confirmed (LoaStatus=Complete, BusinessStatus=Normal)",
                "CONNECTION ACTIVE/NONE/Enabled (LoaStatus=Complete, BusinessStatus=Normal)");
        assertThat(enabled.attributes()).containsKey("PortNumber");
        assertThat(emulator.requests().count("CreatePhysicalConnectionOccupancyOrder")).isEqualTo(1);
    }

    @Test
    void anApprovedPartnerLineCannotBePaidYet() {
        Connection applied = client.connections().create(AlibabaRequests.line("idc-hz-5", emulator.partnerAccessPoint()));
        emulator.operator().approve(applied.id());

        assertThat(line(applied.id()).requiredAction()).isEqualTo(io.dclink.lifecycle.RequiredAction.WAIT_FOR_PROVIDER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.connections().pay(applied.id(),
                PaymentOptions.defaults())).isInstanceOf(io.dclink.error.InvalidStateException.class);
    }

    @Test
    void aRejectedApplicationIsResubmittedByModifyingIt() {
        Connection applied = client.connections().create(AlibabaRequests.line("idc-hz-4", emulator.partnerAccessPoint()));
        emulator.operator().reject(applied.id(), "inaccurate information");

        line(applied.id());
        see(client.connections().update(applied.id(), UpdateConnectionRequest.builder()
                .customerAddress("Room 302, 3rd floor, 8 Wensan Road, Hangzhou").build()));

        assertThat(seen).containsExactly(
                "CONNECTION REJECTED/RESUBMIT/Rejected (LoaStatus=, BusinessStatus=Normal)",
                "CONNECTION PENDING_APPROVAL/WAIT_FOR_PROVIDER/Initial (LoaStatus=, BusinessStatus=Normal)");
    }
}
