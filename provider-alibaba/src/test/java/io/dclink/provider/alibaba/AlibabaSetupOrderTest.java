package io.dclink.provider.alibaba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dclink.DirectConnect;
import io.dclink.error.OutcomeUnknownException;
import io.dclink.error.ProviderErrorException;
import io.dclink.error.ValidationException;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.Connection;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateConnectionRequestBuilder;
import io.dclink.testkit.alibaba.AlibabaEmulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The installation-fee order (CreatePhysicalConnectionSetupOrder) as a create's first step, asked for with a provider option. */
class AlibabaSetupOrderTest {

    private AlibabaEmulator emulator;
    private DirectConnect client;

    @BeforeEach
    void start() {
        emulator = new AlibabaEmulator(EmulatorOptions.defaults().withClockStart(Instant.parse("2026-11-23T01:00:00Z")));
        emulator.start();
        client = DirectConnect.builder().provider("alibaba").region(emulator.region())
                .credentials(emulator.testCredentials()).endpoint(emulator.baseUri()).clock(emulator.clock()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        emulator.close();
    }

    private CreateConnectionRequestBuilder withFee(String name) {
        return AlibabaRequests.line(name, emulator.selfServiceAccessPoint()).toBuilder()
                .providerOptions(Map.of("InstallationFee", "AutoPay"));
    }

    @Test
    void theFeeIsPaidWhenTheOrderIsPlacedAndTheOtherFieldsAreSetAfterwards() {
        Connection line = client.connections().create(withFee("fee-line").description("Primary line").build());

        assertThat(line.name()).isEqualTo("fee-line");
        assertThat(line.bandwidthMbps()).isEqualTo(1000);
        assertThat(line.customerAddress()).isEqualTo("Room 301, 3rd floor, 8 Wensan Road, Hangzhou");
        assertThat(emulator.requests().of("ModifyPhysicalConnectionAttribute")).singleElement()
                .satisfies(call -> assertThat(call.request().query("Description")).isEqualTo("Primary line"));
        emulator.clock().advanceWorkingDays(2);
        assertThat(client.connections().get(line.id()).providerState().value()).isEqualTo("Allocating");
    }

    @Test
    void aRepeatedKeyedOrderFindsTheSameLine() {
        CreateConnectionRequest request = withFee("fee-keyed").idempotencyKey("fee-keyed").build();

        Connection first = client.connections().create(request);
        Connection again = client.connections().create(request);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isEqualTo(1);
    }

    @Test
    void aPaidOrderWhoseFieldsCannotBeSetSaysSoAndTheRepeatedKeyFinishesItWithoutASecondOrder() {
        CreateConnectionRequest request = withFee("fee-unfinished").idempotencyKey("fee-unfinished").build();
        emulator.faults().providerError("ModifyPhysicalConnectionAttribute", "Forbidden.RAM", 403, 1);

        OutcomeUnknownException unfinished = catchThrowableOfType(OutcomeUnknownException.class,
                () -> client.connections().create(request));
        String line = client.connections().list().stream().findFirst().orElseThrow().id();

        assertThat(unfinished.getMessage()).contains("accepted a write", line, "installation fee paid", "fee-unfinished");
        assertThat(unfinished.getCause()).isInstanceOf(ProviderErrorException.class);
        assertThat(unfinished.idempotencyKey()).isEqualTo("fee-unfinished");
        assertThat(unfinished.isRetryable()).isTrue();
        Connection finished = client.connections().create(request);
        assertThat(finished.id()).isEqualTo(line);
        assertThat(finished.name()).isEqualTo("fee-unfinished");
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isEqualTo(1);
    }

    @Test
    void anUnpaidOrderTagsAndAnOpticalModuleAreRefusedBeforeAnythingIsSent() {
        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> client.connections().create(
                withFee("fee-bad").tags(Map.of("team", "net")).providerOptions(Map.of("InstallationFee", "Later",
                        "OpticalModuleModel", "SFP-10G-LR-SM1310,10KM")).build()));

        assertThat(refused.problems()).extracting(p -> p.field()).containsExactlyInAnyOrder(
                "providerOptions.InstallationFee", "tags", "providerOptions.OpticalModuleModel");
        assertThat(emulator.requests().size()).isZero();
    }

    @Test
    void theSetupOrderKeepsTheDocumentedRedundancyRule() {
        Connection first = client.connections().create(withFee("fee-first").build());

        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> client.connections().create(
                withFee("fee-second").redundantConnectionId(first.id()).build()));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("redundantConnectionId");
            assertThat(problem.message()).contains("Allocated, Confirmed or Enabled", "Initial");
        });
        assertThat(emulator.requests().count("CreatePhysicalConnectionSetupOrder")).isEqualTo(1);
    }
}
