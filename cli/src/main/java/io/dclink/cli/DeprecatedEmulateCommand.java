package io.dclink.cli;

import picocli.CommandLine.Command;

/**
 * {@code dclink emulate PROVIDER}: the old name of {@code dclink emulator start}, one letter from
 * {@code dclink emulator}. Hidden, and kept for one release so that scripts keep working while
 * they move to the new name.
 */
@Command(name = "emulate", hidden = true, description = "Deprecated: use 'dclink emulator start'.")
final class DeprecatedEmulateCommand extends EmulatorStartCommand {

    @Override
    public Integer call() throws InterruptedException {
        DclinkCommand.of(spec).console.err().println(
                "dclink: 'dclink emulate' is deprecated and will be removed; use 'dclink emulator start'");
        return super.call();
    }
}
