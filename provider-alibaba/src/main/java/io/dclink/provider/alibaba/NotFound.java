package io.dclink.provider.alibaba;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.error.ErrorContext;
import io.dclink.error.ResourceNotFoundException;

/** The typed error for a describe that found nothing. */
final class NotFound {

    private NotFound() {
    }

    static ResourceNotFoundException of(String what, String id, JsonNode response) {
        return new ResourceNotFoundException("The " + what + " " + id + " does not exist in this account and region: "
                + "check the id and the region", ErrorContext.of(AlibabaProvider.ID)
                .withRequestId(response.path("RequestId").asText(null)), null);
    }
}
