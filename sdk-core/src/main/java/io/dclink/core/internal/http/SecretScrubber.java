package io.dclink.core.internal.http;

import io.dclink.auth.Secret;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Replaces known secret values, raw or percent-encoded, with {@code ****} in any text the runtime
 * produces (logs, error messages). Values shorter than four characters are ignored: masking them
 * would mangle unrelated text without protecting anything.
 */
public final class SecretScrubber {

    static final String MASK = "****";
    private static final int SHORTEST = 4;

    private final List<String> needles;

    private SecretScrubber(Collection<String> values) {
        Set<String> forms = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && value.length() >= SHORTEST) {
                forms.add(value);
                forms.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
                forms.add(io.dclink.kit.http.Percent.encode(value));
            }
        }
        this.needles = forms.stream().sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.toList());
    }

    /**
     * A scrubber for the given secrets.
     *
     * @param secrets the secrets
     * @return the scrubber
     */
    public static SecretScrubber of(Collection<Secret> secrets) {
        return new SecretScrubber(secrets.stream().map(Secret::reveal).collect(Collectors.toList()));
    }

    /**
     * This scrubber, also masking further plain values.
     *
     * @param values the values
     * @return the extended scrubber
     */
    public SecretScrubber with(Collection<String> values) {
        if (values.isEmpty()) {
            return this;
        }
        Set<String> all = new LinkedHashSet<>(needles);
        all.addAll(values);
        return new SecretScrubber(all);
    }

    /**
     * Masks every known secret in a text.
     *
     * @param text the text, or {@code null}
     * @return the masked text
     */
    public String scrub(String text) {
        if (text == null || needles.isEmpty()) {
            return text;
        }
        String result = text;
        for (String needle : needles) {
            result = result.replace(needle, MASK);
        }
        return result;
    }
}
