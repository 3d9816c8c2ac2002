package io.dclink.provider.consoleconnect;

import io.dclink.error.Problem;
import io.dclink.kit.validation.Problems;
import io.dclink.model.UpdateConnectionRequest;
import java.util.List;

/** A port change: Console Connect's update of a port is a rename; nothing else is sent. */
final class PortRules {

    /** UNVERIFIED: a port name's limit (the reference states none). */
    static final int NAME_LIMIT = 100;

    private PortRules() {
    }

    static List<Problem> rename(UpdateConnectionRequest request) {
        Problems problems = new Problems().required("name", request.name());
        problems.text("name", request.name(), 1, NAME_LIMIT);
        String only = "only a port's name is changed through the API";
        problems.check(request.description() == null, "description", "a Console Connect port has no description");
        problems.check(request.bandwidthMbps() == null, "bandwidthMbps", only);
        problems.check(request.circuitCode() == null, "circuitCode", only);
        problems.check(request.customerAddress() == null, "customerAddress", only);
        problems.check(request.contact() == null, "contact", only);
        problems.check(request.faultContact() == null, "faultContact", only);
        return problems.list();
    }
}
