package io.dclink.cli;

import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.KeyRing;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * An emulator for the command line to talk to, and the environment that points the command at it
 * (provider, region, endpoint, and the provider's credential variables holding the test pair).
 * Request timestamps are checked against real time, as the command signs with it.
 */
final class EmulatedCloud implements AutoCloseable {

    final Emulator emulator;
    final Map<String, String> env = new HashMap<>();

    EmulatedCloud(Function<EmulatorOptions, Emulator> create, String idVariable, String secretVariable) {
        EmulatorOptions defaults = EmulatorOptions.defaults();
        emulator = create.apply(new EmulatorOptions(0, defaults.keys(), defaults.clockStart(), null, Clock.systemUTC()));
        emulator.start();
        env.put("DCLINK_PROVIDER", emulator.providerId());
        if (emulator.regional()) {
            env.put("DCLINK_REGION", emulator.region());
        }
        env.put("DCLINK_ENDPOINT", emulator.baseUri().toString());
        env.put("DCLINK_PLAIN", "1");
        env.put(idVariable, KeyRing.TEST_KEY_ID);
        env.put(secretVariable, KeyRing.TEST_SECRET);
    }

    Run run(String... args) {
        return Run.of(env, args);
    }

    @Override
    public void close() {
        emulator.close();
    }
}
