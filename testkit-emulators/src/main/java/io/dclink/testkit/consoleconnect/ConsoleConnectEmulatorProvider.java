package io.dclink.testkit.consoleconnect;

import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.EmulatorProvider;
import java.util.List;

/** Makes the Console Connect emulator available by provider id ({@code consoleconnect}). */
public final class ConsoleConnectEmulatorProvider implements EmulatorProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public ConsoleConnectEmulatorProvider() {
    }

    @Override
    public String providerId() {
        return ConsoleConnectEmulator.PROVIDER_ID;
    }

    /** {@code CONSOLECONNECT_API_KEY}: a bearer key, its own key id and secret. */
    @Override
    public List<String> credentialVariables() {
        return List.of("CONSOLECONNECT_API_KEY");
    }

    @Override
    public Emulator create(EmulatorOptions options) {
        return new ConsoleConnectEmulator(options);
    }
}
