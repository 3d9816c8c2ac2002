package io.dclink.provider.consoleconnect;

import io.dclink.error.ErrorContext;
import io.dclink.error.ValidationException;
import io.dclink.kit.validation.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A client's settings, from the builder's {@code consoleconnect.*} properties and the client's
 * environment ({@code ProviderContext.environment()}: the process's, or the builder's
 * {@code environment(...)}), checked when the client is built (every problem at once, as a
 * {@link ValidationException}).
 *
 * @param company the username of the company the client acts for, or {@code null} to discover it
 *     from the API key
 * @param accessPointCompany the company whose metros {@code accessPoints().list()} lists, or
 *     {@code null} for the client's own
 * @param terms the commercial terms an order or a quote takes where its provider options say nothing
 */
record Settings(String company, String accessPointCompany, Terms terms) {

    /** What every property of the plugin starts with. */
    static final String PREFIX = "consoleconnect.";
    /** The company the client acts for (a username, such as {@code acme}). */
    static final String COMPANY = "consoleconnect.company";
    /** The environment variable read when {@link #COMPANY} is not set. */
    static final String COMPANY_VARIABLE = "CONSOLECONNECT_COMPANY";
    /** The company whose metros are the access points: a destination such as {@code tencent-cloud}. */
    static final String ACCESS_POINT_COMPANY = "consoleconnect.accessPointCompany";
    /** UNVERIFIED: the longest company username. */
    static final int USERNAME_LIMIT = 100;

    /**
     * Reads and checks the settings.
     *
     * @param properties the builder's properties
     * @param environment the client's environment, for {@link #COMPANY_VARIABLE}
     * @return the settings
     * @throws ValidationException naming every property that is wrong
     */
    static Settings read(Map<String, String> properties, Map<String, String> environment) {
        Problems problems = new Problems();
        List<String> known = new ArrayList<>(List.of(COMPANY, ACCESS_POINT_COMPANY));
        Terms.NAMES.forEach(name -> known.add(PREFIX + name));
        for (String key : new TreeSet<>(properties.keySet())) {
            problems.check(!key.startsWith(PREFIX) || known.contains(key), key,
                    "is not a property of the consoleconnect plugin; its properties: " + known);
        }
        String company = properties.get(COMPANY);
        if (company == null) {
            String variable = environment.get(COMPANY_VARIABLE);
            company = variable == null || variable.isBlank() ? null : variable.trim();
        }
        username(problems, COMPANY, company);
        String accessPointCompany = properties.get(ACCESS_POINT_COMPANY);
        username(problems, ACCESS_POINT_COMPANY, accessPointCompany);
        Terms terms = Terms.read(properties, PREFIX, PREFIX, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(ErrorContext.of(ConsoleConnectProvider.ID), problems.list());
        }
        return new Settings(company, accessPointCompany, terms);
    }

    /** Checks a company username, which goes into request paths. */
    static void username(Problems problems, String field, String value) {
        if (value == null) {
            return;
        }
        problems.text(field, value, 1, USERNAME_LIMIT);
        problems.check(value.chars().noneMatch(c -> Character.isWhitespace(c) || c == '/'), field,
                "must be a company username, without spaces or '/'");
    }
}
