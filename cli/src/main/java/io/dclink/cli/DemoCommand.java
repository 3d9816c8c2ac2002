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
import picocli.CommandLine.Spec;

/**
 * {@code dclink demo}: every installed provider that has an emulator (or the one {@code --provider}
 * names) walks its whole lifecycle on an embedded emulator, through the public API only.
 */
@Command(name = "demo", description = "Walk each provider's whole lifecycle on embedded emulators (no cloud account).")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DclinkCommand root = DclinkCommand.of(spec);
        Set<String> emulated = Emulators.installed().stream().map(EmulatorProvider::providerId).collect(Collectors.toSet());
        List<ProviderInfo> providers = DirectConnect.providers().stream()
                .filter(info -> emulated.contains(info.id()))
                .filter(info -> root.provider == null || info.id().equals(root.provider))
                .toList();
        if (providers.isEmpty()) {
            throw new UsageException(root.provider == null ? "no installed provider has an emulator"
                    : "no emulator for provider '" + root.provider + "'; emulated: " + emulated);
        }
        Output out = root.output();
        List<DemoRun.Summary> summaries = new ArrayList<>();
        for (ProviderInfo provider : providers) {
            summaries.add(new DemoRun(provider, out).run());
        }
        out.note("");
        out.list(summaries, new Output.Columns<>(List.of("PROVIDER", "RESULT", "LINE", "STEPS", "INTERFACES", "ROUTES",
                "REQUESTS", "SECONDS"), summary -> List.of(summary.provider(), summary.result(), summary.connectionId(),
                        Integer.toString(summary.lineSteps()), Integer.toString(summary.virtualInterfaces()),
                        Integer.toString(summary.routes()), Integer.toString(summary.requests()),
                        String.format("%.1f", summary.seconds()))));
        return summaries.stream().allMatch(summary -> summary.result().equals("OK")) ? ExitCodes.OK : ExitCodes.REMOTE;
    }
}
