package io.dclink.provider.jdcloud;

import io.dclink.error.Problem;
import io.dclink.kit.validation.Problems;
import io.dclink.model.Contact;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.UpdateConnectionRequest;
import java.util.List;
import java.util.Map;

/**
 * What JD Cloud takes in a connection application (ConnectionSpec) and a change (ModifyConnectionSpec),
 * checked before anything is sent. The line's type is the provider option {@code connectionType}:
 * {@code jcloud} (self-service, the default) lands at a location ({@code accessPointId} = its code)
 * with a port spec ({@code portType}) and an ISP ({@code carrier}); {@code jcloud_hosted} names only
 * a port spec; {@code jcloud_partner} is ordered through a partner ({@code accessPointId} = its code)
 * for {@code chargeDuration} months.
 */
final class ConnectionRules {

    static final String TYPE_OPTION = "connectionType";
    static final String CHARGE_DURATION_OPTION = "chargeDuration";
    static final String AUTO_PAY_OPTION = "autoPay";
    static final String SELF_SERVICE = "jcloud";
    static final String HOSTED = "jcloud_hosted";
    static final String PARTNER = "jcloud_partner";
    private static final List<String> TYPES = List.of(SELF_SERVICE, HOSTED, PARTNER);
    private static final List<String> CHARGE_DURATIONS = List.of("1", "3", "6", "12", "24", "36");
    private static final String MODIFY_ONLY = "JD Cloud changes only a line's name and description (ModifyConnectionSpec)";

    private ConnectionRules() {
    }

    /** The line type a request asks for. */
    static String type(CreateConnectionRequest request) {
        return request.providerOptions().getOrDefault(TYPE_OPTION, SELF_SERVICE);
    }

    static List<Problem> create(CreateConnectionRequest request) {
        Problems problems = new Problems();
        JdCloudLimits.name(problems, "name", request.name());
        JdCloudLimits.description(problems, request.description());
        JdCloudLimits.id(problems, "accessPointId", request.accessPointId());
        String type = type(request);
        problems.check(TYPES.contains(type), "providerOptions." + TYPE_OPTION, "must be one of " + TYPES);
        if (type.equals(PARTNER)) {
            JdCloudLimits.unsupported(problems, "carrier", request.carrier(), "a partner line takes no ISP: the partner provides it");
            JdCloudLimits.unsupported(problems, "portType", request.portType(), "a partner line takes no port spec");
        } else {
            problems.required("portType", request.portType());
            JdCloudLimits.id(problems, "portType", request.portType());
            if (type.equals(HOSTED)) {
                JdCloudLimits.unsupported(problems, "carrier", request.carrier(), "a hosted line takes no ISP");
            } else {
                problems.required("carrier", request.carrier());
                JdCloudLimits.id(problems, "carrier", request.carrier());
            }
        }
        Map<String, String> options = request.providerOptions();
        String months = options.get(CHARGE_DURATION_OPTION);
        problems.check(months == null || type.equals(PARTNER), "providerOptions." + CHARGE_DURATION_OPTION,
                "applies to partner lines only");
        problems.check(months == null || CHARGE_DURATIONS.contains(months), "providerOptions." + CHARGE_DURATION_OPTION,
                "must be one of " + CHARGE_DURATIONS + " months");
        String autoPay = options.get(AUTO_PAY_OPTION);
        problems.check(autoPay == null || autoPay.equals("true") || autoPay.equals("false"),
                "providerOptions." + AUTO_PAY_OPTION, "must be true or false");
        JdCloudLimits.unsupported(problems, "bandwidthMbps", request.bandwidthMbps(),
                "a JD Cloud line takes its bandwidth from its port spec (portType); leave it empty");
        problems.text("customerAddress", request.customerAddress(), JdCloudLimits.IDC_ADDRESS);
        JdCloudLimits.unsupported(problems, "circuitCode", request.circuitCode(), "JD Cloud keeps no circuit code");
        JdCloudLimits.unsupported(problems, "redundantConnectionId", request.redundantConnectionId(),
                "JD Cloud takes no redundant line");
        JdCloudLimits.unsupported(problems, "faultContact", request.faultContact(), "JD Cloud keeps one contact only");
        JdCloudLimits.unsupported(problems, "tags", request.tags(), "JD Cloud lines have no tags");
        contact(problems, request.contact());
        return problems.list();
    }

    static List<Problem> update(UpdateConnectionRequest request) {
        Problems problems = new Problems();
        if (request.name() != null) {
            JdCloudLimits.name(problems, "name", request.name());
        }
        JdCloudLimits.description(problems, request.description());
        JdCloudLimits.unsupported(problems, "bandwidthMbps", request.bandwidthMbps(), MODIFY_ONLY);
        JdCloudLimits.unsupported(problems, "circuitCode", request.circuitCode(), MODIFY_ONLY);
        JdCloudLimits.unsupported(problems, "customerAddress", request.customerAddress(), MODIFY_ONLY);
        JdCloudLimits.unsupported(problems, "contact", request.contact(), MODIFY_ONLY);
        JdCloudLimits.unsupported(problems, "faultContact", request.faultContact(), MODIFY_ONLY);
        return problems.list();
    }

    private static void contact(Problems problems, Contact contact) {
        if (contact != null) {
            problems.text("contact.name", contact.name(), JdCloudLimits.CONTACT_NAME);
            JdCloudLimits.phone(problems, "contact.phone", contact.phone());
            JdCloudLimits.unsupported(problems, "contact.email", contact.email(), "JD Cloud keeps no contact e-mail");
        }
    }
}
