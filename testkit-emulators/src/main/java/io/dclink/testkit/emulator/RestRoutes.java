package io.dclink.testkit.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A REST emulator's route table: each row has a method and a path template with {@code {name}}
 * parameters (one path segment each, never holding {@code /} or {@code :}, so that
 * {@code {id}:action} paths match). The first row whose method and path match a request wins.
 *
 * @param <R> the row type
 */
public final class RestRoutes<R> {

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");

    /**
     * A request matched to its row.
     *
     * @param route the row
     * @param parameters the path parameters by name, in template order
     * @param <R> the row type
     */
    public record Match<R>(R route, Map<String, String> parameters) {

        /**
         * Copies the parameters.
         *
         * @param route the row
         * @param parameters the parameters
         */
        public Match {
            Objects.requireNonNull(route, "route");
            parameters = Map.copyOf(parameters);
        }

        /**
         * One path parameter.
         *
         * @param name its name in the template
         * @return its value, or {@code null} if the template has none of that name
         */
        public String parameter(String name) {
            return parameters.get(name);
        }
    }

    private record Compiled<R>(R route, String method, Pattern pattern, List<String> names) {
    }

    private final List<Compiled<R>> routes = new ArrayList<>();

    /**
     * Compiles a table.
     *
     * @param rows the rows, in matching order
     * @param method a row's HTTP method
     * @param template a row's path template
     * @param trailingSlashOptional whether a path may end in {@code /} where its template does not
     */
    public RestRoutes(List<R> rows, Function<R, String> method, Function<R, String> template, boolean trailingSlashOptional) {
        for (R row : rows) {
            String path = template.apply(row);
            Matcher names = PARAMETER.matcher(path);
            StringBuilder regex = new StringBuilder();
            List<String> parameterNames = new ArrayList<>();
            int last = 0;
            while (names.find()) {
                regex.append(Pattern.quote(path.substring(last, names.start()))).append("([^/:]+)");
                parameterNames.add(names.group(1));
                last = names.end();
            }
            regex.append(Pattern.quote(path.substring(last))).append(trailingSlashOptional && !path.endsWith("/") ? "/?" : "");
            routes.add(new Compiled<>(row, method.apply(row), Pattern.compile(regex.toString()), List.copyOf(parameterNames)));
        }
    }

    /**
     * The row answering a request.
     *
     * @param method the request's HTTP method
     * @param decodedPath its path, percent-decoded
     * @return the match, if a row answers it
     */
    public Optional<Match<R>> match(String method, String decodedPath) {
        for (Compiled<R> compiled : routes) {
            Matcher matcher = compiled.pattern().matcher(decodedPath);
            if (compiled.method().equals(method) && matcher.matches()) {
                Map<String, String> parameters = new LinkedHashMap<>();
                for (int i = 0; i < compiled.names().size(); i++) {
                    parameters.put(compiled.names().get(i), matcher.group(i + 1));
                }
                return Optional.of(new Match<>(compiled.route(), parameters));
            }
        }
        return Optional.empty();
    }
}
