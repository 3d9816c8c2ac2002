package io.dclink.model;

import io.dclink.lifecycle.ResourceType;
import java.util.Map;

/** What every resource of the neutral model carries. */
public interface Resource {

    /**
     * The id of the provider plugin that reported the resource.
     *
     * @return the provider id, e.g. {@code tencent}
     */
    String provider();

    /**
     * The kind of resource.
     *
     * @return the resource type
     */
    ResourceType type();

    /**
     * The provider's id of the resource.
     *
     * @return the id
     */
    String id();

    /**
     * The resource's name, or an empty string when it has none.
     *
     * @return the name
     */
    String name();

    /**
     * The raw state the provider reported.
     *
     * @return the raw state
     */
    ProviderState providerState();

    /**
     * Provider fields the neutral model lacks, read-only and verbatim.
     *
     * @return the attributes
     */
    Map<String, String> attributes();
}
