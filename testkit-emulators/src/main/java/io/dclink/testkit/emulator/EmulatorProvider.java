package io.dclink.testkit.emulator;

import java.util.List;

/**
 * Makes an emulator available by provider id to the JUnit extension, the standalone runner and
 * {@code dclink emulator start}: register implementations in
 * {@code META-INF/services/io.dclink.testkit.emulator.EmulatorProvider}.
 */
public interface EmulatorProvider {

    /**
     * The provider id emulated.
     *
     * @return the id
     */
    String providerId();

    /**
     * The provider's usual credential environment variables (key id first, then secret; a single
     * variable holds a bearer key), which a standalone emulator also accepts.
     *
     * @return the variable names
     */
    List<String> credentialVariables();

    /**
     * Creates an emulator (not started).
     *
     * @param options how to run it
     * @return the emulator
     */
    Emulator create(EmulatorOptions options);
}
