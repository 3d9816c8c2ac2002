package io.dclink.core.pair;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.core.internal.PairAccess;
import io.dclink.error.ErrorContext;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.model.AccessPoint;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.pair.PairOrdering;
import io.dclink.pair.PairPlan;
import io.dclink.pair.PairRequest;
import io.dclink.pair.PairingRules;
import io.dclink.pair.Resilience;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a pair can be built and how, ordering nothing: the provider allows the resilience
 * (natively or as two lines), one city has the access points it needs where the carrier and port
 * type are offered, and the lines' applications pass the checks the pipeline would make. Every
 * reason it cannot is reported in one {@link ValidationException}.
 */
final class PairPlanner {

    private final DirectConnect client;
    private final PairAccess access;
    private final ErrorContext context;

    PairPlanner(DirectConnect client, PairAccess access) {
        this.client = client;
        this.access = access;
        this.context = ErrorContext.of(client.provider().id());
    }

    PairPlan plan(PairRequest request) {
        refuseIfAny(PairRequestRules.check(request));
        PairingRules rules = access.rules();
        String mode = mode(request, rules);
        CreateConnectionRequest line = request.line();
        List<AccessPoint> points = client.accessPoints().list().stream().toList();
        String region = client.region().orElse(null);
        Metros metros = new Metros(points, rules.metro(), region);
        List<Problem> problems = new ArrayList<>();
        AccessPoint first = named(points, line.accessPointId(), "line.accessPointId", line, problems);
        AccessPoint second = named(points, request.secondAccessPointId(), "secondAccessPointId", line, problems);
        String metro = null;
        if (request.city() != null) {
            metro = metros.find(request.city());
            if (metro == null) {
                problems.add(new Problem("city", "no access point of this region is in " + request.city() + "; its cities: "
                        + metros.all()));
            }
        }
        for (AccessPoint named : new AccessPoint[] {first, second}) {
            if (named != null) {
                String in = metros.of(named, rules.metro(), region);
                if (metro != null && !metro.equals(in)) {
                    problems.add(new Problem(named == first ? "line.accessPointId" : "secondAccessPointId", named.id()
                            + " is in " + in + ", not " + metro + ": a pair is ordered in one city"));
                }
                metro = metro == null ? in : metro;
            }
        }
        refuseIfAny(problems);
        List<String> searched = metro != null ? List.of(metro) : metros.all();
        for (String candidate : searched) {
            List<AccessPoint> fitting = metros.in(candidate).stream().filter(point -> AccessPointFit.fits(point, line)).toList();
            Optional<List<String>> picked = pick(request.resilience(), first, second, fitting);
            if (picked.isPresent()) {
                PairPlan plan = new PairPlan(request.resilience(), candidate, picked.get(), mode);
                refuseIfAny(applicationProblems(request, plan));
                return plan;
            }
        }
        throw refusal(List.of(new Problem("accessPoints", infeasible(request, metros, searched))));
    }

    /** The native mode to order with, or {@code null} for two separate lines. */
    private String mode(PairRequest request, PairingRules rules) {
        Resilience resilience = request.resilience();
        String provider = client.provider().id();
        if (!rules.resiliences().contains(resilience)) {
            throw refusal(List.of(new Problem("resilience", provider + " builds " + rules.resiliences() + " pairs, not "
                    + resilience)));
        }
        Optional<String> nativeMode = request.ordering() == PairOrdering.NATIVE_WHERE_OFFERED
                ? rules.nativeMode(resilience).filter(m -> client.provider().supports(Capability.CONNECTION_REDUNDANT_ORDER))
                : Optional.empty();
        if (nativeMode.isPresent()) {
            return nativeMode.get();
        }
        if (rules.separatelyOrderable(resilience) && client.provider().supports(Capability.CONNECTION_CREATE)) {
            return null;
        }
        throw refusal(List.of(new Problem("ordering", rules.nativeMode(resilience).isPresent()
                ? provider + " gives " + resilience + " only through its native order (" + rules.nativeMode(resilience).get()
                        + "): order with PairOrdering.NATIVE_WHERE_OFFERED"
                : "naming a redundancy is not known to place " + provider + "'s lines on different devices, so "
                        + resilience + " cannot be ordered as two separate lines")));
    }

    /** A named access point: it must exist and take the line. */
    private static AccessPoint named(List<AccessPoint> points, String id, String field, CreateConnectionRequest line,
            List<Problem> problems) {
        if (id == null) {
            return null;
        }
        Optional<AccessPoint> point = points.stream().filter(p -> p.id().equals(id)).findFirst();
        if (point.isEmpty()) {
            problems.add(new Problem(field, "no access point " + id + " in this region"));
            return null;
        }
        AccessPointFit.misfit(point.get(), line).ifPresent(reason -> problems.add(new Problem(field, reason)));
        return point.get();
    }

    private static Optional<List<String>> pick(Resilience resilience, AccessPoint first, AccessPoint second,
            List<AccessPoint> fitting) {
        Set<String> chosen = new LinkedHashSet<>();
        if (first != null) {
            chosen.add(first.id());
        }
        if (resilience == Resilience.TWO_ACCESS_POINTS && second != null) {
            if (chosen.isEmpty()) {
                fitting.stream().map(AccessPoint::id).filter(id -> !id.equals(second.id())).findFirst().ifPresent(chosen::add);
            }
            chosen.add(second.id());
        }
        for (AccessPoint point : fitting) {
            if (chosen.size() >= resilience.accessPoints()) {
                break;
            }
            chosen.add(point.id());
        }
        return chosen.size() == resilience.accessPoints() ? Optional.of(List.copyOf(chosen)) : Optional.empty();
    }

    private String infeasible(PairRequest request, Metros metros, List<String> searched) {
        CreateConnectionRequest line = request.line();
        String what = "a " + (line.carrier() == null ? "" : line.carrier() + " ")
                + (line.portType() == null ? "" : line.portType() + " ") + "line";
        List<String> counts = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (String metro : searched) {
            List<String> fitting = new ArrayList<>();
            for (AccessPoint point : metros.in(metro)) {
                AccessPointFit.misfit(point, line).ifPresentOrElse(excluded::add, () -> fitting.add(point.id()));
            }
            counts.add(metro + " has " + fitting.size() + " access point" + (fitting.size() == 1 ? "" : "s") + " where "
                    + what + " can be ordered" + (fitting.isEmpty() ? "" : " (" + String.join(", ", fitting) + ")"));
        }
        int needed = request.resilience().accessPoints();
        return String.join("; ", counts) + ": a " + request.resilience() + " pair needs " + needed + " in one city"
                + (excluded.isEmpty() ? "" : "; not usable: " + excluded.stream().collect(Collectors.joining("; ")));
    }

    /** The checks the pipeline would make of the applications, made now so that nothing is ordered if one fails. */
    private List<Problem> applicationProblems(PairRequest request, PairPlan plan) {
        CreateConnectionRequest template = PairLines.template(request.line());
        String key = request.idempotencyKey() != null ? request.idempotencyKey() : "dclink-pair-plan";
        List<Problem> problems = new ArrayList<>();
        if (plan.nativeOrder()) {
            access.problems(PairLines.nativeOrder(template, plan, key)).forEach(p -> add(problems, "", p));
        } else {
            access.problems(PairLines.first(template, plan, key)).forEach(p -> add(problems, "line.", p));
            access.problems(PairLines.second(template, plan, key, null)).forEach(p -> add(problems, "line.", p));
        }
        return problems;
    }

    private static void add(List<Problem> problems, String prefix, Problem problem) {
        Problem prefixed = new Problem(prefix + problem.field(), problem.message());
        if (!problems.contains(prefixed)) {
            problems.add(prefixed);
        }
    }

    private void refuseIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw refusal(problems);
        }
    }

    private ValidationException refusal(List<Problem> problems) {
        return new ValidationException(context, problems);
    }
}
