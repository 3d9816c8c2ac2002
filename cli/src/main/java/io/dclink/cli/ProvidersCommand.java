package io.dclink.cli;

import io.dclink.DirectConnect;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dclink providers}. */
@Command(name = "providers", description = "The installed provider plugins and their capabilities.")
final class ProvidersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DclinkCommand.of(spec).output().list(DirectConnect.providers(), Views.PROVIDERS);
        return ExitCodes.OK;
    }
}
