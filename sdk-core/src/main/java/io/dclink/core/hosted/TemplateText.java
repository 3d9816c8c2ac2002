package io.dclink.core.hosted;

import io.dclink.auth.Secret;
import io.dclink.model.BgpPeering;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.CreateVirtualInterfaceRequestBuilder;
import io.dclink.model.RoutingType;
import io.dclink.runtime.CheckpointText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cloud side's request in a checkpoint, under keys starting {@code cloudSide.}: every field but
 * those the hand-off and the order fill, and never the BGP key (its presence only is recorded).
 */
final class TemplateText {

    static final String WITHHELD = "withheld";
    private static final String P = "cloudSide.";

    private TemplateText() {
    }

    static void write(CreateVirtualInterfaceRequest t, CheckpointText lines) {
        lines.put(P + "name", t.name());
        lines.put(P + "description", t.description());
        lines.put(P + "gatewayId", t.gatewayId());
        lines.put(P + "networkId", t.networkId());
        lines.put(P + "bandwidthMbps", t.bandwidthMbps());
        lines.put(P + "providerAddress", t.providerAddress());
        lines.put(P + "customerAddress", t.customerAddress());
        lines.put(P + "routing", t.routing().name());
        if (t.bgp() != null) {
            lines.put(P + "bgp.customerAsn", t.bgp().customerAsn());
            lines.put(P + "bgp.providerAsn", t.bgp().providerAsn());
            lines.put(P + "bgp.authKey", t.bgp().authKey() == null || t.bgp().authKey().isEmpty() ? null : WITHHELD);
            lines.put(P + "bgp", "present");
        }
        t.staticPrefixes().forEach(prefix -> lines.put(P + "staticPrefix", prefix));
        t.tags().forEach((k, v) -> lines.put(P + "tag", CheckpointText.pair(k, v)));
        t.providerOptions().forEach((k, v) -> lines.put(P + "option", CheckpointText.pair(k, v)));
    }

    /** The request, with the BGP key given (checkpoints never hold it), or {@code null}. */
    static CreateVirtualInterfaceRequest read(CheckpointText lines, Secret bgpAuthKey) {
        CreateVirtualInterfaceRequestBuilder b = CreateVirtualInterfaceRequest.builder()
                .name(lines.optional(P + "name"))
                .description(lines.optional(P + "description"))
                .gatewayId(lines.optional(P + "gatewayId"))
                .networkId(lines.optional(P + "networkId"))
                .bandwidthMbps(integer(lines.optional(P + "bandwidthMbps")))
                .providerAddress(lines.optional(P + "providerAddress"))
                .customerAddress(lines.optional(P + "customerAddress"))
                .routing(RoutingType.valueOf(lines.required(P + "routing")))
                .staticPrefixes(lines.all(P + "staticPrefix"))
                .tags(pairs(lines.all(P + "tag")))
                .providerOptions(pairs(lines.all(P + "option")));
        if (lines.optional(P + "bgp") != null) {
            b.bgp(new BgpPeering(asn(lines.optional(P + "bgp.customerAsn")), asn(lines.optional(P + "bgp.providerAsn")),
                    bgpAuthKey));
        }
        return b.build();
    }

    /** Whether the request had a BGP key, which the checkpoint withheld. */
    static boolean keyWithheld(CheckpointText lines) {
        return WITHHELD.equals(lines.optional(P + "bgp.authKey"));
    }

    private static Integer integer(String value) {
        return value == null ? null : Integer.valueOf(value);
    }

    private static Long asn(String value) {
        return value == null ? null : Long.valueOf(value);
    }

    private static Map<String, String> pairs(List<String> values) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String value : values) {
            Map.Entry<String, String> pair = CheckpointText.unpair(value);
            map.put(pair.getKey(), pair.getValue());
        }
        return map;
    }
}
