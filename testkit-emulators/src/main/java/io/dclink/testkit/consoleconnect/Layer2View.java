package io.dclink.testkit.consoleconnect;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.testkit.emulator.StoredJson;

/**
 * A Layer 2 connection as a company reads it: the stored fields, plus what depends on the reader
 * ({@code isCreator}, {@code isReceiver}) or on other records ({@code port}, {@code destPort},
 * {@code srcCompany}, {@code destCompany}), the VLANs and the {@code partner} block. The hand-off
 * values of a cloud landing appear in {@code partner.account}, {@code partner.connectionId} and
 * {@code destTag} only when the emulator is told the API exposes them (UNVERIFIED: the Tencent guide
 * says support sends them; the AWS flow reads the same fields from the API).
 */
final class Layer2View {

    private final ConsoleConnect cc;

    Layer2View(ConsoleConnect cc) {
        this.cc = cc;
    }

    ObjectNode of(ObjectNode stored, Company reader) {
        ObjectNode view = StoredJson.visible(stored);
        Company src = cc.companies.byId(stored.get("srcCompanyId").asText()).orElseThrow();
        Company dest = cc.companies.byId(stored.get("destCompanyId").asText()).orElseThrow();
        view.put("isCreator", src.id().equals(reader.id())).put("isReceiver", dest.id().equals(reader.id()));
        view.set("port", cc.ports.embedded(stored.get("srcPortId").asText()));
        view.set("destPort", cc.ports.embedded(stored.get("destPortId").asText()));
        view.set("srcCompany", src.json(cc.ports));
        view.set("destCompany", dest.json(cc.ports));
        Integer srcVlan = stored.get("_srcVlan").asInt();
        ObjectNode handOff = (ObjectNode) stored.get("_handOff");
        boolean exposed = handOff != null && cc.handOffOnWire();
        Integer destVlan = stored.has("_destVlan") && (!stored.get("_bySupport").asBoolean() || exposed)
                ? stored.get("_destVlan").asInt() : null;
        view.set("srcVlan", vlan(srcVlan));
        view.set("destVlan", vlan(destVlan));
        view.set("vlan", vlan(srcVlan)); // UNVERIFIED: the create sample's "vlan" block, taken to be the source side
        view.put("srcTag", String.valueOf(srcVlan)); // UNVERIFIED: strings, as the AWS flow reads them
        view.put("destTag", destVlan == null ? null : String.valueOf(destVlan));
        // UNVERIFIED: the partner block of a B2B or Tencent connection; the hand-off in account/connectionId as AWS has it
        ObjectNode partner = view.putObject("partner")
                .put("account", exposed ? handOff.get("providerAccountId").asText() : null)
                .put("connectionId", exposed ? handOff.get("sharedConnectionId").asText() : null)
                .putNull("crossconnectionStatus").putNull("customerAsnId").putNull("errorMessage").putNull("gatewayId")
                .putNull("interconnectId").putNull("pairingKey").putNull("provisioningStatus").putNull("region")
                .putNull("secretId").putNull("secretKey").put("speed", stored.get("speed").get("value").asInt())
                .putNull("srcPortIds").put("subtype", "NONE").put("syncStatus", "NONE").put("type", "NONE")
                .putNull("vpcId");
        partner.putArray("destPortIds");
        partner.putArray("pairingKeys");
        partner.putArray("peering");
        return view;
    }

    private static ObjectNode vlan(Integer id) {
        ObjectNode vlan = CcJson.object().putNull("id").putNull("service");
        var customer = vlan.putArray("customer");
        if (id != null) {
            customer.addObject().put("end", id).put("start", id);
        }
        return vlan;
    }
}
