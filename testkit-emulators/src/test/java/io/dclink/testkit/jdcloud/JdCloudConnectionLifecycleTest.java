package io.dclink.testkit.jdcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.lifecycle.ResourceType;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.Emulators;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A line's lifecycle, walked by the emulated clock, by the operator and by the customer's API calls. */
class JdCloudConnectionLifecycleTest extends JdCloudFixture {

    @Test
    void theClockReviewsAndBuildsTheLineAndTheCustomerConfirmsIt() {
        String id = newLine("by-clock");
        JsonNode ordered = line(id);

        emulator.clock().advanceWorkingDays(2);
        JsonNode toPay = line(id);
        emulator.clock().advanceWorkingDays(10);
        String stillToPay = status(id);
        emulator.operator().markPaid(id);
        String building = status(id);
        emulator.clock().advanceWorkingDays(5);
        String built = status(id);
        ok(jd.post(R + "connections/" + id + ":confirmConnection", """
                {"confirmConnectionSpec": {"chargeTimeUnit": "YEAR", "chargeTimeSpan": 1, "autoPay": true,
                 "autoRenewSpec": {"autoRenewStatus": "OPEN", "renewTimeUnit": "MONTH", "renewTimeSpan": 1}}}"""));
        JsonNode active = line(id);

        assertThat(ordered.path("connectionStatus").asText()).isEqualTo("Ordering");
        assertThat(ordered.path("orderId").asText()).isEmpty();
        assertThat(ordered.path("charge").isNull()).isTrue();
        assertThat(ordered.path("bandwidthMbps").asInt()).isEqualTo(10_000);
        assertThat(ordered.path("location").path("locationPortSpec").path("portSpecCode").asText()).isEqualTo("10GBase-LR");
        assertThat(ordered.path("location").path("locationISP").path("ispCode").asText()).isEqualTo("ct");
        assertThat(toPay.path("connectionStatus").asText()).isEqualTo("Installation_Paying");
        assertThat(toPay.path("orderId").asText()).matches("\\d{12}");
        assertThat(stillToPay).as("payment happens in the console").isEqualTo("Installation_Paying");
        assertThat(building).as("API Pending is construction").isEqualTo("Pending");
        assertThat(built).isEqualTo("Confirming");
        assertThat(active.path("connectionStatus").asText()).isEqualTo("Active");
        assertThat(active.path("charge").path("chargeStatus").asText()).isEqualTo("normal");
        assertThat(active.path("charge").path("chargeStartTime").asText()).isEqualTo("2026-12-16T01:00:00Z");
        assertThat(active.path("charge").path("chargeExpiredTime").asText()).isEqualTo("2027-12-16T01:00:00Z");
    }

    @Test
    void theOperatorTakesEachStepAndAutoPayPaysTheInstallationFeeAtOnce() {
        String manual = newLine("manual");
        String auto = ok(jd.post(R + "connections/", SELF_SERVICE_LINE.formatted("auto").replace("\"type\"",
                "\"autoPay\": true, \"type\""))).path("connectionId").asText();

        emulator.operator().advance(ResourceType.CONNECTION, manual);
        emulator.operator().approve(auto);
        String manualAfterReview = status(manual);
        emulator.operator().markPaid(manual);
        emulator.operator().advance(ResourceType.CONNECTION, manual);

        assertThat(manualAfterReview).isEqualTo("Installation_Paying");
        assertThat(status(auto)).isEqualTo("Pending");
        assertThat(line(auto).path("orderId").asText()).isNotEmpty();
        assertThat(status(manual)).isEqualTo("Confirming");
        assertThatThrownBy(() -> emulator.operator().markPaid(manual)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Confirming");
    }

    @Test
    void aRejectedApplicationIsFinalAndCarriesItsReason() {
        String id = newLine("rejected");
        emulator.operator().reject(id, "real-name verification failed");

        JsonNode rejected = line(id);
        JdCloudHttp.Reply modify = jd.patch(R + "connections/" + id, "{\"modifyConnectionSpec\": {\"connectionName\": \"again\"}}");
        emulator.clock().advanceWorkingDays(20);

        assertThat(rejected.path("connectionStatus").asText()).isEqualTo("Rejected");
        assertThat(rejected.path("rejectedReason").asText()).isEqualTo("real-name verification failed");
        refused(modify, 400, "FAILED_PRECONDITION");
        assertThat(status(id)).isEqualTo("Rejected");
        assertThat(ok(jd.get(R + "connections/", "filters.1.name", "status", "filters.1.values.1", "Rejected"))
                .path("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void aFaultMakesTheLineInActiveUntilItClears() {
        String id = activeLine("fault");

        emulator.operator().linkDown(ResourceType.CONNECTION, id);
        String down = status(id);
        emulator.operator().advance(ResourceType.CONNECTION, id);

        assertThat(down).isEqualTo("InActive");
        assertThat(status(id)).isEqualTo("Active");
    }

    @Test
    void onlyAConfirmingLineCanBeConfirmedAndOnlyTheNameAndDescriptionChange() {
        String id = newLine("confirm-early");

        refused(jd.post(R + "connections/" + id + ":confirmConnection", "{}"), 400, "FAILED_PRECONDITION");
        JdCloudHttp.Reply badSpan = jd.post(R + "connections/" + id + ":confirmConnection",
                "{\"confirmConnectionSpec\": {\"chargeTimeUnit\": \"YEAR\", \"chargeTimeSpan\": 4}}");
        JdCloudHttp.Reply bandwidth = jd.patch(R + "connections/" + id, "{\"modifyConnectionSpec\": {\"bandwidthMbps\": 1}}");
        ok(jd.patch(R + "connections/" + id, "{\"modifyConnectionSpec\": {\"connectionName\": \"renamed\", "
                + "\"description\": \"new\"}}"));

        assertThat(refused(badSpan, 400, "INVALID_ARGUMENT").message()).contains("chargeTimeSpan");
        assertThat(refused(bandwidth, 400, "INVALID_ARGUMENT").message()).contains("bandwidthMbps");
        assertThat(line(id).path("connectionName").asText()).isEqualTo("renamed");
        assertThat(line(id).path("description").asText()).isEqualTo("new");
    }

    @Test
    void aDeletedLineGoesDeletingThenDeletedThenGone() {
        String id = activeLine("leaving");

        ok(jd.delete(R + "connections/" + id));
        String deleting = status(id);
        JdCloudHttp.Reply twice = jd.delete(R + "connections/" + id);
        emulator.clock().advance(Duration.ofDays(30));
        String deleted = status(id);
        emulator.operator().advance(ResourceType.CONNECTION, id);

        assertThat(deleting).isEqualTo("Deleting");
        refused(twice, 400, "FAILED_PRECONDITION");
        assertThat(deleted).isEqualTo("Deleted");
        refused(jd.get(R + "connections/" + id), 404, "NOT_FOUND");
    }

    @Test
    void aLineUnderConstructionCannotBeDeleted() {
        String id = newLine("building");
        emulator.operator().approve(id);
        emulator.operator().markPaid(id);

        assertThat(refused(jd.delete(R + "connections/" + id), 400, "FAILED_PRECONDITION").message()).contains("Pending");
    }

    @Test
    void aPartnerLineNamesItsPartnerAndHasNoLocation() {
        String id = ok(jd.post(R + "connections/", """
                {"connectionSpec": {"connectionName": "partner-line", "type": "jcloud_partner", "partnerCode": "partner-telecom",
                 "chargeDuration": 12}}""")).path("connectionId").asText();

        JsonNode line = line(id);

        assertThat(line.path("type").asText()).isEqualTo("jcloud_partner");
        assertThat(line.path("location").isNull()).isTrue();
        assertThat(line.path("partner").path("partnerCode").asText()).isEqualTo("partner-telecom");
        assertThat(line.path("partner").has("_region")).isFalse();
    }

    @Test
    void theOperatorCanSetAnyRawStateAndCountsLines() {
        String id = newLine("raw");

        emulator.operator().setRawState(ResourceType.CONNECTION, id, "Bogus_State");

        assertThat(status(id)).isEqualTo("Bogus_State");
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isEqualTo(1);
        assertThatThrownBy(() -> emulator.operator().approve("dc-nothing")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> emulator.operator().requestForeignVirtualInterface(id))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theProviderIsInstalledAsJdcloudInCnNorth1() {
        try (Emulator standalone = Emulators.forProvider("jdcloud").create(EmulatorOptions.defaults())) {
            assertThat(standalone).isInstanceOf(JdCloudEmulator.class);
            assertThat(standalone.region()).isEqualTo("cn-north-1");
            assertThat(Emulators.forProvider("jdcloud").credentialVariables())
                    .containsExactly("JDCLOUD_ACCESS_KEY", "JDCLOUD_SECRET_KEY");
        }
    }
}
