package io.dclink.testkit.emulator;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * How to run an emulator.
 *
 * @param port the loopback port; 0 picks a free one
 * @param keys the keys it accepts
 * @param clockStart the emulated clock's initial time
 * @param region the region it emulates, or {@code null} for the emulator's default
 * @param signatureClock the clock request timestamps are checked against, or {@code null} for the
 *     emulated clock (clients in the same JVM sign with it); standalone emulators use real time
 */
public record EmulatorOptions(int port, KeyRing keys, Instant clockStart, String region, Clock signatureClock) {

    /**
     * Validates the components.
     *
     * @param port the port
     * @param keys the keys
     * @param clockStart the start time
     * @param region the region, or {@code null}
     * @param signatureClock the timestamp clock, or {@code null}
     */
    public EmulatorOptions {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(clockStart, "clockStart");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
        }
    }

    /**
     * A free port, the test key pair, the clock at the current time.
     *
     * @return the options
     */
    public static EmulatorOptions defaults() {
        return new EmulatorOptions(0, new KeyRing(), Instant.now(), null, null);
    }

    /**
     * For standalone use: a chosen port, the key pair from the provider's environment variables
     * besides the test pair, and request timestamps checked against real time.
     *
     * @param port the port
     * @param environment the environment
     * @param idVariable the key-id variable
     * @param secretVariable the secret variable
     * @return the options
     */
    public static EmulatorOptions standalone(int port, Map<String, String> environment, String idVariable,
            String secretVariable) {
        return new EmulatorOptions(port, new KeyRing().addFromEnvironment(environment, idVariable, secretVariable),
                Instant.now(), null, Clock.systemUTC());
    }

    /**
     * A copy on another port.
     *
     * @param value the port
     * @return the copy
     */
    public EmulatorOptions withPort(int value) {
        return new EmulatorOptions(value, keys, clockStart, region, signatureClock);
    }

    /**
     * A copy with another clock start.
     *
     * @param value the time
     * @return the copy
     */
    public EmulatorOptions withClockStart(Instant value) {
        return new EmulatorOptions(port, keys, value, region, signatureClock);
    }
}
