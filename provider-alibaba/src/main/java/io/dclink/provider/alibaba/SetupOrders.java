package io.dclink.provider.alibaba;

import io.dclink.error.DirectConnectException;
import io.dclink.error.ProviderErrorException;
import io.dclink.kit.validation.Problems;
import io.dclink.model.CreateConnectionRequest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The initial installation fee (CreatePhysicalConnectionSetupOrder), the first step of the
 * self-service guide: "configure the physical connection interface, and complete the payment for an
 * initial installation fee". A create asks for it with the provider option
 * {@code InstallationFee=AutoPay}: the order is placed with the access point, carrier, port type and
 * redundancy and paid at once from the account's balance ({@code AutoPay}), and the line's name,
 * description, bandwidth, circuit code and customer address, which the order does not take, are then
 * set with ModifyPhysicalConnectionAttribute. The order takes no tags, optical module or resource
 * group: a request with them is refused rather than half applied. An unpaid order is not offered: no
 * documented field tells a line whose fee is unpaid from one in review.
 */
final class SetupOrders {

    /** The provider option that asks for the installation-fee order. */
    static final String OPTION = "InstallationFee";
    /** Its one value: pay the fee when the order is placed. */
    static final String AUTO_PAY = "AutoPay";

    private final AlibabaApi api;

    SetupOrders(AlibabaApi api) {
        this.api = api;
    }

    static boolean asked(CreateConnectionRequest request) {
        return request.providerOptions().containsKey(OPTION);
    }

    static void validate(Problems problems, CreateConnectionRequest request) {
        if (!asked(request)) {
            return;
        }
        problems.check(AUTO_PAY.equals(request.providerOptions().get(OPTION)), "providerOptions." + OPTION,
                "must be " + AUTO_PAY + ": dclink pays the installation fee when it places the order; an unpaid order "
                        + "cannot be told from an application in review");
        problems.check(request.tags().isEmpty(), "tags", "the installation-fee order takes no tags; tag the line "
                + "afterwards, or apply without " + OPTION);
        problems.check(!request.providerOptions().containsKey("OpticalModuleModel"), "providerOptions.OpticalModuleModel",
                "the installation-fee order takes no optical module; apply without " + OPTION);
        problems.check(!request.providerOptions().containsKey("ResourceGroupId"), "providerOptions.ResourceGroupId",
                "the installation-fee order takes no resource group; apply without " + OPTION);
    }

    /**
     * Places and pays the order, then sets the fields it does not take. Once the order is placed, a
     * failure says that the line exists and was paid, and how to finish without ordering again.
     *
     * @return the new line's id
     */
    CompletableFuture<String> create(CreateConnectionRequest request) {
        RpcParams params = api.params()
                .put("AccessPointId", request.accessPointId())
                .put("LineOperator", request.carrier())
                .put("PortType", request.portType())
                .put("RedundantPhysicalConnectionId", request.redundantConnectionId())
                .put("AutoPay", true);
        return api.write("CreatePhysicalConnectionSetupOrder", params, request.idempotencyKey())
                .thenApply(answer -> {
                    answer.requiredText("OrderId");
                    return AlibabaApi.id(answer, "PhysicalConnectionId", "pc-");
                })
                .thenCompose(id -> describe(id, request).handle((done, failure) -> {
                    if (failure != null) {
                        throw new CompletionException(paidButIncomplete(id, request, failure));
                    }
                    return id;
                }));
    }

    private DirectConnectException paidButIncomplete(String id, CreateConnectionRequest request, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return new ProviderErrorException("Line " + id + " was ordered and its installation fee paid, but setting its "
                + "name, description and bandwidth failed (" + cause.getMessage() + "): repeat the same create with "
                + "idempotency key '" + request.idempotencyKey() + "', which finds the paid order and sets them "
                + "again, instead of ordering another line", api.errors().withRetryable(true), cause);
    }

    private CompletableFuture<?> describe(String id, CreateConnectionRequest request) {
        return AlibabaConnections.modifyAttributes(api, id, request.name(), request.description(),
                request.bandwidthMbps(), request.circuitCode(), request.customerAddress(),
                AlibabaApi.token(request.idempotencyKey(), "setup-order-attributes"));
    }
}
