package io.dclink.provider.jdcloud;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JD Cloud takes no client token and keeps no tags on lines, border gateways or VIFs, so a create
 * writes its idempotency key at the end of the resource's {@code description} —
 * {@code "<your description> [dclink:<key>]"} — and a create whose outcome is unknown is found again
 * by its name and that mark. Reads show the description without the mark, and a modify keeps it.
 * UNVERIFIED: that JD Cloud stores a description verbatim.
 */
final class IdempotencyMark {

    /** JD Cloud's description limit (ConnectionSpec, BgwSpec; UNVERIFIED for VIFs). */
    static final int DESCRIPTION_LIMIT = 256;
    /** The longest mark: {@code " [dclink:"}, a key of at most 64 characters, {@code "]"}. */
    static final int LONGEST_MARK = 1 + "[dclink:]".length() + 64;
    /** What is left of the description for the caller's text. */
    static final int USER_DESCRIPTION = DESCRIPTION_LIMIT - LONGEST_MARK;

    private static final Pattern MARK = Pattern.compile(" ?\\[dclink:(\\S+)]$");

    private IdempotencyMark() {
    }

    /** A description carrying a key. */
    static String mark(String description, String key) {
        String mark = "[dclink:" + key + "]";
        return description == null || description.isEmpty() ? mark : description + " " + mark;
    }

    /** Whether a stored description carries a key. */
    static boolean carries(String stored, String key) {
        return stored != null && stored.endsWith("[dclink:" + key + "]");
    }

    /** The caller's part of a stored description, or {@code null} when there is none. */
    static String strip(String stored) {
        if (stored == null) {
            return null;
        }
        String text = MARK.matcher(stored).replaceFirst("");
        return text.isEmpty() ? null : text;
    }

    /** A new description for a modify, keeping the stored key. */
    static String keep(String stored, String description) {
        Matcher mark = stored == null ? null : MARK.matcher(stored);
        return mark != null && mark.find() ? mark(description, mark.group(1)) : description;
    }
}
