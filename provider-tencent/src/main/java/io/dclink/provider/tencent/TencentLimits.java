package io.dclink.provider.tencent;

import io.dclink.kit.validation.Problems;
import io.dclink.model.Contact;
import java.util.Map;

/**
 * The limits of the free text Tencent Cloud stores, in one place. The reference documents only the
 * tunnel's and the gateway's name length (1 to 60, as Terraform validates); every other length is a
 * guess marked UNVERIFIED, each a one-line change here. Every text is also checked for control and
 * bidirectional formatting characters ({@link Problems#text}).
 */
final class TencentLimits {

    /** DirectConnectTunnelName and DirectConnectGatewayName: 1 to 60 characters (Terraform's validation). */
    static final int NAME = 60;
    /** UNVERIFIED: DirectConnectName is undocumented; the tunnel's and gateway's 60 is assumed. */
    static final int LINE_NAME = 60;
    /** UNVERIFIED: the length of Location (the customer's address) is undocumented. */
    static final int LOCATION = 256;
    /** UNVERIFIED: the length of CircuitCode is undocumented. */
    static final int CIRCUIT_CODE = 128;
    /** UNVERIFIED: the lengths of the contact fields (name, number, e-mail) are undocumented. */
    static final int CONTACT = 128;
    /** UNVERIFIED: the tag service's limits (keys 127, values 255 characters); the DC reference states none. */
    static final int TAG_KEY = 127;
    static final int TAG_VALUE = 255;
    /** Ids the caller gives (networks, lines, gateways): the longest Tencent id is far shorter. */
    static final int ID = 64;
    /** UNVERIFIED: the debugging interconnect addresses (TencentAddress, CustomerAddress) of a line are undocumented. */
    static final int ADDRESS = 64;

    private TencentLimits() {
    }

    /** A name: the text rule and the length. */
    static void name(Problems problems, String field, String value, int maxLength) {
        problems.text(field, value, 1, maxLength);
    }

    /** A contact's name, number and e-mail; the e-mail must look like one. */
    static void contact(Problems problems, String field, Contact contact) {
        if (contact == null) {
            return;
        }
        problems.text(field + ".name", contact.name(), CONTACT).text(field + ".phone", contact.phone(), CONTACT);
        email(problems, field + ".email", contact.email());
    }

    /** An e-mail address: free text of at most {@link #CONTACT} characters with one '@' between non-blank parts. */
    static void email(Problems problems, String field, String email) {
        int before = problems.list().size();
        problems.text(field, email, CONTACT);
        if (email != null && problems.list().size() == before && !email.matches("[^@\\s]+@[^@\\s]+")) {
            problems.add(field, "must be an e-mail address, was '" + email + "'");
        }
    }

    /** Tags' keys and values (the idempotency tag is the plugin's own and always fits). */
    static void tags(Problems problems, Map<String, String> tags) {
        tags.forEach((key, value) -> {
            problems.text("tags." + key, key, 1, TAG_KEY).text("tags." + key, value, TAG_VALUE);
            problems.check(!key.equals(IdempotencyTag.KEY), "tags." + key, "is dclink's own tag; choose another key");
        });
    }

    /** Tencent has no field for a description: refused rather than dropped. */
    static void noDescription(Problems problems, String description, String what) {
        problems.check(description == null, "description", "Tencent Cloud keeps no description on " + what
                + "; leave it empty");
    }
}
