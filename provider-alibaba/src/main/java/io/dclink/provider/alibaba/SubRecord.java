package io.dclink.provider.alibaba;

import io.dclink.kit.json.JsonRecord;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.ProviderState;
import io.dclink.model.Resource;
import java.util.Map;

/**
 * One record of a sub-listing the plugin reads whole (a VBR's BGP groups or peers), named by its id
 * so that the kit's page guards can tell a page that repeats the previous one and drop repeated
 * records. Never handed to the user.
 *
 * @param id the record's id
 * @param record the record
 * @param type the resource the sub-listing belongs to
 */
record SubRecord(String id, JsonRecord record, ResourceType type) implements Resource {

    @Override
    public String provider() {
        return AlibabaProvider.ID;
    }

    @Override
    public String name() {
        return id;
    }

    @Override
    public ProviderState providerState() {
        return ProviderState.of(record.text("Status"));
    }

    @Override
    public Map<String, String> attributes() {
        return Map.of();
    }
}
