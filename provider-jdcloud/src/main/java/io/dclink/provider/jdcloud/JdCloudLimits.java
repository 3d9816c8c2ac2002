package io.dclink.provider.jdcloud;

import io.dclink.kit.validation.Problems;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The limits of what JD Cloud stores, in one place, from the reference's models (ConnectionSpec,
 * BgwSpec, CreatePrivateVifSpec); a guess is marked UNVERIFIED. Every text is also checked for
 * control and bidirectional formatting characters ({@link Problems#text}).
 */
final class JdCloudLimits {

    /** Names: 1 to 32 Chinese characters, letters, digits, {@code _} or {@code -} (connectionName; UNVERIFIED for bgwName and privateVifName). */
    static final int NAME = 32;
    private static final Pattern NAME_CHARACTERS = Pattern.compile("[\\p{IsHan}A-Za-z0-9_-]+");
    /** idcAddress: at most 256 characters (ConnectionSpec; the Connection model says 1 to 100). */
    static final int IDC_ADDRESS = 256;
    /** contactName: at most 32 characters. */
    static final int CONTACT_NAME = 32;
    /** phoneNumber: 11 digits starting 13 to 19. */
    private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}");
    /** Ids and codes a caller gives (locations, ISPs, port specs, partners, VPCs, owners' pins). UNVERIFIED: JD documents no length. */
    static final int ID = 64;

    private JdCloudLimits() {
    }

    /** A name: 1 to 32 characters of the allowed kinds. */
    static void name(Problems problems, String field, String value) {
        int before = problems.list().size();
        problems.text(field, value, 1, NAME);
        if (value != null && problems.list().size() == before && !NAME_CHARACTERS.matcher(value).matches()) {
            problems.add(field, "may hold only Chinese characters, letters, digits, _ and -");
        }
    }

    /** A description: what JD Cloud's 256 characters leave beside the idempotency mark. */
    static void description(Problems problems, String value) {
        problems.text("description", value, IdempotencyMark.USER_DESCRIPTION);
    }

    /** A mobile number as JD Cloud takes it. */
    static void phone(Problems problems, String field, String value) {
        problems.check(value == null || PHONE.matcher(value).matches(), field, "must be 11 digits starting 13 to 19");
    }

    /** An id or code the caller gives. */
    static void id(Problems problems, String field, String value) {
        problems.text(field, value, 1, ID);
        problems.check(value == null || !value.contains(" "), field, "must not contain spaces");
    }

    /** A field JD Cloud has no place for: refused rather than dropped. */
    static void unsupported(Problems problems, String field, Object value, String why) {
        boolean given = value != null && !(value instanceof Map<?, ?> map && map.isEmpty())
                && !(value instanceof java.util.Collection<?> list && list.isEmpty());
        problems.check(!given, field, why);
    }
}
