package io.dclink.cli;

import io.dclink.DirectConnect;
import io.dclink.ProviderInfo;
import io.dclink.testkit.emulator.EmulatorProvider;
import io.dclink.testkit.emulator.Emulators;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dclink demo}: every installed provider that has an emulator walks its whole lifecycle on an
 * embedded emulator, then a hosted order across two of them (Console Connect landing on Tencent
 * Cloud), through the public API only; {@code --provider} runs one provider's walk, {@code --hosted}
 * the hosted order alone.
 */
@Command(name = "demo", description = "Walk each provider's whole lifecycle on embedded emulators (no cloud account), "
        + "then a hosted order across two of them.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--hosted", description = "Run only the hosted order: Console Connect landing on Tencent Cloud.")
    boolean hosted;

    @Override
    public Integer call() {
        DclinkCommand root = DclinkCommand.of(spec);
        Output out = root.output();
        if (hosted && root.provider != null) {
            throw new UsageException("give --provider or --hosted, not both");
        }
        List<DemoRun.Summary> summaries = new ArrayList<>();
        if (!hosted) {
            for (ProviderInfo provider : providers(root)) {
                summaries.add(new DemoRun(provider, out).run());
            }
        }
        if (root.provider == null) {
            summaries.add(new HostedDemoRun(out).run());
        }
        out.note("");
        out.list(summaries, new Output.Columns<>(List.of("PROVIDER", "RESULT", "LINE", "STEPS", "INTERFACES", "ROUTES",
                "REQUESTS", "SECONDS"), summary -> List.of(summary.provider(), summary.result(), summary.connectionId(),
                        Integer.toString(summary.lineSteps()), Integer.toString(summary.virtualInterfaces()),
                        Integer.toString(summary.routes()), Integer.toString(summary.requests()),
                        String.format("%.1f", summary.seconds()))));
        return summaries.stream().allMatch(summary -> summary.result().equals("OK")) ? ExitCodes.OK : ExitCodes.REMOTE;
    }

    private static List<ProviderInfo> providers(DclinkCommand root) {
        Set<String> emulated = Emulators.installed().stream().map(EmulatorProvider::providerId).collect(Collectors.toSet());
        List<ProviderInfo> providers = DirectConnect.providers().stream()
                .filter(info -> emulated.contains(info.id()))
                .filter(info -> root.provider == null || info.id().equals(root.provider))
                .toList();
        if (providers.isEmpty()) {
            throw new UsageException(root.provider == null ? "no installed provider has an emulator"
                    : "no emulator for provider '" + root.provider + "'; emulated: " + emulated);
        }
        return providers;
    }
}
