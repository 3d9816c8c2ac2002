package io.dclink.model;

import io.dclink.lifecycle.ResourceType;
import java.util.Map;

/** What every resource of the neutral model carries. */
public interface Resource {

    /** {@return the id of the provider plugin that reported the resource, e.g. {@code tencent}} */
    String provider();

    /** {@return the kind of resource} */
    ResourceType type();

    /** {@return the provider's id of the resource} */
    String id();

    /** {@return the resource's name, or an empty string when it has none} */
    String name();

    /** {@return the raw state the provider reported} */
    ProviderState providerState();

    /** {@return provider fields the neutral model lacks, read-only and verbatim} */
    Map<String, String> attributes();
}
