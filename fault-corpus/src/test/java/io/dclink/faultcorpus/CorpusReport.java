package io.dclink.faultcorpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The corpus's report, in Markdown: the seed, the case counts, the failures grouped by cause (with
 * an example and a stack trace excerpt each), the outcomes per provider × operation × fault kind,
 * the same for bad input, and what the calibration saw.
 */
final class CorpusReport {

    private static final Pattern IDS = Pattern.compile(
            "\\b(fc-[A-Za-z0-9-]+|[a-z]{2,4}-[a-z0-9]{6,}|[0-9a-f]{8}-[0-9a-f-]{27,}|\\d+)\\b");

    private final CorpusSettings settings;
    private final List<CaseResult> faults = new ArrayList<>();
    private final List<CaseResult> badInputs = new ArrayList<>();
    private final List<FaultCases.Calibration> calibrations = new ArrayList<>();
    private Duration faultTime = Duration.ZERO;
    private Duration badInputTime = Duration.ZERO;

    CorpusReport(CorpusSettings settings) {
        this.settings = settings;
    }

    synchronized void calibrated(Collection<FaultCases.Calibration> values) {
        calibrations.addAll(values);
    }

    synchronized void faults(List<CaseResult> results, Duration took) {
        faults.addAll(results);
        faultTime = took;
    }

    synchronized void badInputs(List<CaseResult> results, Duration took) {
        badInputs.addAll(results);
        badInputTime = took;
    }

    /** The failures grouped by cause: provider, what failed, and the failure's signature. */
    static Map<String, List<CaseResult>> causes(List<CaseResult> results) {
        Map<String, List<CaseResult>> groups = new TreeMap<>();
        for (CaseResult result : results) {
            for (Failure failure : result.failures()) {
                groups.computeIfAbsent(result.provider() + " | " + failure.label() + " | " + signature(failure, result),
                        k -> new ArrayList<>()).add(result);
            }
        }
        return groups;
    }

    /** What distinguishes one cause from another: the exception and where it was thrown, or the problem's shape. */
    static String signature(Failure failure, CaseResult result) {
        return switch (failure) {
            case HANG, DUPLICATE -> result.operation() + " under " + result.kind();
            case WRONG_RESULT -> result.kind() + ": " + normalise(result.problems().stream()
                    .filter(p -> !p.startsWith("the emulator was still busy")).findFirst().orElse("?")
                    .replaceAll(" \\(.*\\)$", ""));
            case UNTYPED, SETUP, VERIFY -> result.thrown() == null ? normalise(String.join("; ", result.problems()))
                    : result.thrown().getClass().getName() + " at " + origin(result.thrown());
        };
    }

    /** The first frame of dclink's own code outside the corpus (the root cause's, for a wrapped exception). */
    static String origin(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root
                && !(root instanceof io.dclink.error.DirectConnectException)) {
            root = root.getCause();
        }
        for (StackTraceElement frame : root.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith("io.dclink.") && !type.startsWith("io.dclink.faultcorpus.")) {
                return frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + "." + frame.getMethodName()
                        + ":" + frame.getLineNumber() + (root == thrown ? "" : " (cause " + root.getClass().getSimpleName() + ")");
            }
        }
        StackTraceElement[] frames = root.getStackTrace();
        return frames.length == 0 ? "?" : frames[0].toString();
    }

    private static String normalise(String text) {
        String shorter = text.length() > 160 ? text.substring(0, 160) : text;
        return IDS.matcher(shorter).replaceAll("#");
    }

    /** A stack trace excerpt: the exception, ten frames, and each cause with four. */
    static String excerpt(Throwable thrown) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < 4; t = t.getCause() == t ? null : t.getCause(), depth++) {
            String message = String.valueOf(t);
            text.append(depth == 0 ? "" : "Caused by: ").append(message.length() > 400 ? message.substring(0, 400) + "..." : message)
                    .append('\n');
            StackTraceElement[] frames = t.getStackTrace();
            int shown = Math.min(frames.length, depth == 0 ? 10 : 4);
            for (int i = 0; i < shown; i++) {
                text.append("    at ").append(frames[i]).append('\n');
            }
            if (frames.length > shown) {
                text.append("    ... ").append(frames.length - shown).append(" more\n");
            }
        }
        return text.toString();
    }

    /** A short summary of failures, for an assertion message. */
    static String summary(List<CaseResult> results, int groupsShown) {
        Map<String, List<CaseResult>> causes = causes(results);
        StringBuilder text = new StringBuilder();
        long failed = results.stream().filter(CaseResult::failed).count();
        text.append(failed).append(" of ").append(results.size()).append(" cases failed, in ").append(causes.size())
                .append(" causes:\n");
        causes.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size()).limit(groupsShown)
                .forEach(e -> {
                    CaseResult example = e.getValue().get(0);
                    text.append("  ").append(e.getValue().size()).append(" x ").append(e.getKey()).append("\n      e.g. ")
                            .append(example.id()).append(' ').append(example.operation()).append(" under ")
                            .append(example.detail()).append(": ").append(String.join("; ", example.problems()))
                            .append('\n');
                });
        if (causes.size() > groupsShown) {
            text.append("  ... and ").append(causes.size() - groupsShown).append(" more causes");
        }
        return text.toString();
    }

    synchronized void write() throws IOException {
        Path path = settings.report();
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        Files.writeString(path, render(), StandardCharsets.UTF_8);
    }

    synchronized String render() {
        StringBuilder md = new StringBuilder();
        md.append("# dclink fault corpus\n\n");
        md.append("- seed: `").append(settings.seed()).append("` (rerun the same cases: `./mvnw -B -o verify -pl fault-corpus -am ")
                .append("-Ddclink.faultcorpus.seed=").append(settings.seed()).append("`)\n");
        md.append("- fault cases: ").append(faults.size()).append(' ').append(perProvider(faults)).append(" in ")
                .append(seconds(faultTime)).append("; bad-input cases: ").append(badInputs.size()).append(' ')
                .append(perProvider(badInputs)).append(" in ").append(seconds(badInputTime)).append('\n');
        md.append("- subject client: request timeout ").append(settings.requestTimeout().toMillis())
                .append(" ms, 3 attempts, backoff 1-20 ms; hard limit per case ").append(settings.caseTimeout().toMillis())
                .append(" ms; emulators at once per provider: ").append(new TreeMap<>(settings.workers())).append('\n');
        long faultFailures = faults.stream().filter(CaseResult::failed).count();
        long badFailures = badInputs.stream().filter(CaseResult::failed).count();
        md.append("- failed: ").append(faultFailures).append(" fault cases, ").append(badFailures)
                .append(" bad-input cases\n\n");
        md.append("A case fails on a duplicate order (one create leaves more than one new resource), an untyped exception ")
                .append("(not a `DirectConnectException`; for bad input, a `NullPointerException`/`IllegalArgumentException` ")
                .append("must name the argument), a hang (no return within the hard limit), a wrong result (a success ")
                .append("that answered about another resource, a listing with duplicates, unknown or missing items, a change ")
                .append("that changed nothing, a `ValidationException` after requests were sent), or a fault-free setup or ")
                .append("check that failed.\n\n");

        failures(md, "Fault-case failures by cause", faults);
        failures(md, "Bad-input failures by cause", badInputs);

        md.append("## Fault outcomes per provider × operation × fault kind\n\n");
        table(md, faults, "fault kind");
        md.append("\n## Bad-input outcomes per provider × operation × category\n\n");
        table(md, badInputs, "category");

        md.append("\n## Observations (not failures)\n\n");
        List<CaseResult> noted = new ArrayList<>();
        faults.stream().filter(r -> r.wire().contains("{created despite")).forEach(noted::add);
        badInputs.stream().filter(r -> r.wire().contains("{created despite")).forEach(noted::add);
        if (noted.isEmpty()) {
            md.append("- no create took effect while its call reported an error other than an outcome-unknown one\n");
        } else {
            md.append("Creates that took effect although the call reported an error that does not admit it may have ")
                    .append("(not `OutcomeUnknownException`, not `ProviderUnavailableException` with ")
                    .append("`requestMayHaveBeenProcessed()`):\n\n| provider | operation | fault | error | cases |\n|---|---|---|---|---|\n");
            Map<String, Long> counts = noted.stream().collect(Collectors.groupingBy(
                    r -> r.provider() + " | " + r.operation() + " | " + r.kind() + " | " + r.outcome(), TreeMap::new,
                    Collectors.counting()));
            counts.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        }
        long idle = faults.stream().filter(r -> r.wire().contains("answers rewritten: 0")).count();
        md.append("\n- lies that found nothing to lie about (a rewrite that changed no answer): ").append(idle).append('\n');
        Map<String, Long> accepted = badInputs.stream().filter(r -> r.outcome().equals("success"))
                .collect(Collectors.groupingBy(r -> r.provider() + " " + r.operation() + " " + r.kind() + " (" + r.detail()
                        .replaceAll("=.*", "") + ")", TreeMap::new, Collectors.counting()));
        md.append("- bad input the call accepted (provider operation category (argument): cases): ")
                .append(accepted.isEmpty() ? "none" : accepted.toString()).append("\n\n");

        md.append("## Calibration: the wire operations each public operation sends without faults\n\n");
        md.append("| provider | operation | wire operations | answers hold | changes its target | resources for an undocumented state | baseline |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (FaultCases.Calibration c : calibrations) {
            md.append("| ").append(c.provider()).append(" | ").append(c.operation().name()).append(" | ")
                    .append(String.join(", ", c.wireOperations())).append(" | ").append(cell(c.answers().toString()))
                    .append(" | ").append(c.changesTarget() ? "yes" : "no").append(" | ").append(c.stateTargets())
                    .append(" | ").append(c.baseline().failed() ? "**" + cell(c.baseline().outcome() + ": "
                            + String.join("; ", c.baseline().problems())) + "**" : c.baseline().outcome()).append(" |\n");
        }
        return md.toString();
    }

    private static void failures(StringBuilder md, String title, List<CaseResult> results) {
        Map<String, List<CaseResult>> causes = causes(results);
        md.append("## ").append(title).append(" (").append(causes.size()).append(")\n\n");
        if (causes.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        int n = 0;
        for (Map.Entry<String, List<CaseResult>> cause : causes.entrySet().stream()
                .sorted((a, b) -> b.getValue().size() - a.getValue().size()).toList()) {
            List<CaseResult> cases = cause.getValue();
            CaseResult example = cases.get(0);
            md.append("### ").append(++n).append(". ").append(cell(cause.getKey())).append(" — ").append(cases.size())
                    .append(cases.size() == 1 ? " case" : " cases").append("\n\n");
            Map<String, Long> where = cases.stream().collect(Collectors.groupingBy(
                    r -> r.operation() + " under " + r.kind(), TreeMap::new, Collectors.counting()));
            md.append("- where: ").append(where.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                    .collect(Collectors.joining(", "))).append('\n');
            Map<String, Long> outcomes = cases.stream().collect(Collectors.groupingBy(CaseResult::outcome, TreeMap::new,
                    Collectors.counting()));
            md.append("- outcomes: ").append(outcomes).append('\n');
            md.append("- cases: ").append(cases.stream().limit(12).map(CaseResult::id).collect(Collectors.joining(", ")))
                    .append(cases.size() > 12 ? ", ..." : "").append('\n');
            md.append("- example ").append(example.id()).append(": ").append(example.provider()).append(' ')
                    .append(example.operation()).append(" under ").append(cell(example.detail())).append('\n');
            md.append("- what happened: ").append(cell(String.join("; ", example.problems()))).append('\n');
            md.append("- requests: ").append(cell(example.wire())).append("\n\n");
            if (example.thrown() != null) {
                md.append("```\n").append(excerpt(example.thrown())).append("```\n\n");
            }
        }
    }

    private static void table(StringBuilder md, List<CaseResult> results, String kindHeader) {
        md.append("| provider | operation | ").append(kindHeader)
                .append(" | cases | success | typed errors (and programmer errors naming the argument) | duplicates | untyped | hangs | wrong results | setup/check failed | seconds |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        Map<String, List<CaseResult>> rows = results.stream().collect(Collectors.groupingBy(
                r -> r.provider() + " | " + r.operation() + " | " + r.kind(), TreeMap::new, Collectors.toList()));
        rows.forEach((key, cases) -> {
            Function<Failure, Long> count = f -> cases.stream().filter(r -> r.failures().contains(f)).count();
            long success = cases.stream().filter(r -> r.outcome().equals("success")).count();
            Map<String, Long> typed = cases.stream().filter(r -> !r.outcome().equals("success") && !r.outcome().equals("hang")
                    && !r.outcome().equals("setup") && !r.outcome().startsWith("untyped"))
                    .collect(Collectors.groupingBy(CaseResult::outcome, TreeMap::new, Collectors.counting()));
            md.append("| ").append(key).append(" | ").append(cases.size()).append(" | ").append(success).append(" | ")
                    .append(typed.isEmpty() ? "" : typed.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining(", ")))
                    .append(" | ").append(mark(count.apply(Failure.DUPLICATE))).append(" | ")
                    .append(mark(count.apply(Failure.UNTYPED))).append(" | ").append(mark(count.apply(Failure.HANG)))
                    .append(" | ").append(mark(count.apply(Failure.WRONG_RESULT))).append(" | ")
                    .append(mark(count.apply(Failure.SETUP) + count.apply(Failure.VERIFY))).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f", cases.stream().mapToLong(CaseResult::totalMillis).sum() / 1000.0))
                    .append(" |\n");
        });
    }

    private static String mark(long count) {
        return count == 0 ? "0" : "**" + count + "**";
    }

    private static String perProvider(List<CaseResult> results) {
        Map<String, Long> counts = results.stream().collect(Collectors.groupingBy(CaseResult::provider, TreeMap::new,
                Collectors.counting()));
        return counts.toString().replace("{", "(").replace("}", ")");
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static String cell(String text) {
        String flat = text.replace("\r", "\\r").replace("\n", "\\n").replace("|", "\\|");
        return flat.length() > 600 ? flat.substring(0, 600) + "..." : flat;
    }

}
