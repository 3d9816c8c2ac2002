package io.dclink.core.hosted;

import io.dclink.auth.Secret;
import io.dclink.error.ValidationException;
import io.dclink.hosted.HandOff;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.runtime.CheckpointText;
import io.dclink.wait.Observation;
import io.dclink.wait.WaitCheckpoint;
import java.time.Instant;
import java.util.List;

/**
 * Where a hosted order stands, as stored text: its key, each side's provider, id and observed
 * timeline (written as the side's wait checkpoint), the hand-off and where it came from, whether it
 * is being torn down, and the cloud side's request (without its BGP key).
 *
 * @param key the order's key
 * @param partnerProvider the partner's provider id
 * @param partnerId the partner side's id
 * @param partnerTimeline what was observed of the partner side
 * @param cloudProvider the cloud's provider id
 * @param cloudId the cloud side's id, or {@code null} until ordered
 * @param cloudTimeline what was observed of the cloud side
 * @param handOff the hand-off, or {@code null}
 * @param handOffFromPartner whether the partner's interface showed it (else the customer gave it)
 * @param tearingDown whether the order is being torn down
 * @param cloudTemplate the cloud side's request, without the hand-off values and key
 * @param bgpKeyWithheld whether that request had a BGP key the text does not hold
 */
record OrderCheckpoint(
        String key,
        String partnerProvider,
        String partnerId,
        List<Observation> partnerTimeline,
        String cloudProvider,
        String cloudId,
        List<Observation> cloudTimeline,
        HandOff handOff,
        boolean handOffFromPartner,
        boolean tearingDown,
        CreateVirtualInterfaceRequest cloudTemplate,
        boolean bgpKeyWithheld) {

    private static final String HEADER = "dclink-hosted-order/1";

    String encode() {
        CheckpointText lines = CheckpointText.writing(HEADER);
        lines.put("key", key);
        lines.put("partner.provider", partnerProvider);
        lines.put("partner.id", partnerId);
        lines.put("partner.timeline", timeline(partnerProvider, partnerId, partnerTimeline));
        lines.put("cloud.provider", cloudProvider);
        lines.put("cloud.id", cloudId);
        lines.put("cloud.timeline", cloudId == null ? null : timeline(cloudProvider, cloudId, cloudTimeline));
        if (handOff != null) {
            lines.put("handOff.providerAccount", handOff.providerAccount());
            lines.put("handOff.sharedConnectionId", handOff.sharedConnectionId());
            lines.put("handOff.vlan", handOff.vlan());
            lines.put("handOff.from", handOffFromPartner ? "partner" : "customer");
        }
        lines.put("tearingDown", tearingDown);
        TemplateText.write(cloudTemplate, lines);
        return lines.text();
    }

    /**
     * Reads a checkpoint.
     *
     * @param text the stored text
     * @param bgpAuthKey the cloud side's BGP key the text withheld, or {@code null}
     * @throws ValidationException if the text is not a checkpoint this version can read
     */
    static OrderCheckpoint decode(String text, Secret bgpAuthKey) {
        return CheckpointText.read(text, "hosted-order", "checkpoint()", t -> parse(t, bgpAuthKey));
    }

    private static OrderCheckpoint parse(String text, Secret bgpAuthKey) {
        CheckpointText lines = CheckpointText.reading(HEADER, text);
        String cloudId = lines.optional("cloud.id");
        boolean withheld = TemplateText.keyWithheld(lines);
        return new OrderCheckpoint(lines.required("key"), lines.required("partner.provider"),
                lines.required("partner.id"), timeline(lines.required("partner.timeline")),
                lines.required("cloud.provider"), cloudId,
                cloudId == null ? List.of() : timeline(lines.required("cloud.timeline")), handOff(lines),
                "partner".equals(lines.optional("handOff.from")), bool(lines.required("tearingDown")),
                TemplateText.read(lines, withheld ? bgpAuthKey : null), withheld);
    }

    private static String timeline(String provider, String id, List<Observation> observed) {
        return new WaitCheckpoint(ResourceType.VIRTUAL_INTERFACE, provider, id, Instant.EPOCH, Instant.EPOCH, 0, observed)
                .encode();
    }

    private static List<Observation> timeline(String text) {
        WaitCheckpoint read = WaitCheckpoint.decode(text);
        if (read.type() != ResourceType.VIRTUAL_INTERFACE) {
            throw new IllegalArgumentException("a side's timeline is of a " + read.type());
        }
        return read.timeline();
    }

    private static HandOff handOff(CheckpointText lines) {
        String account = lines.optional("handOff.providerAccount");
        if (account == null) {
            return null;
        }
        return new HandOff(account, lines.required("handOff.sharedConnectionId"),
                Integer.parseInt(lines.required("handOff.vlan")));
    }

    private static boolean bool(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("tearingDown is '" + value + "', not true or false");
        }
        return Boolean.parseBoolean(value);
    }
}
