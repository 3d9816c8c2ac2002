package io.dclink.provider.alibaba;

import io.dclink.kit.validation.Problems;
import java.util.Map;

/**
 * The limits of the free text Alibaba Cloud stores, in one place. Names (2 to 128), descriptions
 * (2 to 256), tag keys (128, at most 20 tags) and route-entry descriptions (1 to 256) are documented;
 * every other length is a guess marked UNVERIFIED, each a one-line change here. Every text is also
 * checked for control and bidirectional formatting characters ({@link Problems#text}).
 */
final class AlibabaLimits {

    static final int MIN_NAME = 2;
    static final int MAX_NAME = 128;
    static final int MIN_DESCRIPTION = 2;
    static final int MAX_DESCRIPTION = 256;
    static final int MAX_TAGS = 20;
    static final int TAG_KEY = 128;
    /** UNVERIFIED: the tag value's length is undocumented for Express Connect; the tag service's 128 is assumed. */
    static final int TAG_VALUE = 128;
    /** CreateRouteEntry's Description: 1 to 256 characters. */
    static final int ROUTE_DESCRIPTION = 256;
    /** UNVERIFIED: PeerLocation's length is undocumented. */
    static final int PEER_LOCATION = 256;
    /** UNVERIFIED: CircuitCode's length is undocumented. */
    static final int CIRCUIT_CODE = 128;
    /** UNVERIFIED: the LOA's company names (CompanyName, Si) are undocumented in length. */
    static final int COMPANY = 128;
    /** UNVERIFIED: the field engineers' name, contact and certificate number are undocumented in length. */
    static final int ENGINEER = 64;
    /** UNVERIFIED: the construction report's LineCode, LineLabel, LineServiceProvider, LineSPContactInfo. */
    static final int REPORT = 128;
    /** Ids the caller gives: far longer than any Alibaba id. */
    static final int ID = 64;

    private AlibabaLimits() {
    }

    /** A name: 2 to 128 characters, a letter or Chinese character first, then letters, digits, '_' and '-'. */
    static void name(Problems problems, String field, String value) {
        if (value == null) {
            return;
        }
        int before = problems.list().size();
        problems.text(field, value, MIN_NAME, MAX_NAME);
        if (problems.list().size() == before) {
            problems.check(value.matches("\\p{L}[\\p{L}\\p{N}_-]*") && !value.startsWith("http"), field,
                    "must start with a letter or Chinese character and contain only letters, digits, '_' and '-'");
        }
    }

    /** A description: 2 to 256 characters, a letter or Chinese character first, not a URL. */
    static void description(Problems problems, String value) {
        if (value == null) {
            return;
        }
        int before = problems.list().size();
        problems.text("description", value, MIN_DESCRIPTION, MAX_DESCRIPTION);
        if (problems.list().size() == before) {
            problems.check(Character.isLetter(value.codePointAt(0)) && !value.startsWith("http://")
                    && !value.startsWith("https://"), "description",
                    "must start with a letter or Chinese character and not with http:// or https://");
        }
    }

    /** At most 20 tags; keys of at most 128 characters not starting with 'aliyun' or 'acs:'. */
    static void tags(Problems problems, Map<String, String> tags) {
        problems.check(tags.size() <= MAX_TAGS, "tags", "at most " + MAX_TAGS + " tags");
        tags.forEach((key, value) -> {
            problems.text("tags." + key, key, 1, TAG_KEY).text("tags." + key, value, TAG_VALUE);
            problems.check(!key.startsWith("aliyun") && !key.startsWith("acs:"), "tags." + key,
                    "a tag key does not start with 'aliyun' or 'acs:'");
        });
    }
}
