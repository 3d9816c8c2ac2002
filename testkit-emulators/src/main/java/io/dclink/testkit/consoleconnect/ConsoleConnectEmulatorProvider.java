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

    /**
     * {@code CONSOLECONNECT_API_KEY}, named twice: the standalone runner reads a key id and a secret
     * from the first two variables, and a bearer key is both (its key id is the key itself).
     */
    @Override
    public List<String> credentialVariables() {
        return List.of("CONSOLECONNECT_API_KEY", "CONSOLECONNECT_API_KEY");
    }

    @Override
    public Emulator create(EmulatorOptions options) {
        return new ConsoleConnectEmulator(options);
    }
}
