package io.dclink.provider.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.error.ErrorContext;
import io.dclink.error.ResourceNotFoundException;

/** The error for a describe by id that finds nothing (Tencent answers with an empty set). */
final class NotFound {

    private NotFound() {
    }

    static ResourceNotFoundException of(String what, String id, JsonNode response) {
        return new ResourceNotFoundException("The " + what + " " + id + " does not exist in this account and region: "
                + "check the id and the region", ErrorContext.of(TencentProvider.ID)
                .withRequestId(response.path("RequestId").asText(null)), null);
    }
}
