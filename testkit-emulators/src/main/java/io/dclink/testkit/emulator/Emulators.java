package io.dclink.testkit.emulator;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The emulators installed on the class path. */
public final class Emulators {

    private Emulators() {
    }

    /**
     * Every installed emulator, sorted by provider id.
     *
     * @return the emulator providers
     */
    public static List<EmulatorProvider> installed() {
        return ServiceLoader.load(EmulatorProvider.class, Emulators.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(java.util.Comparator.comparing(EmulatorProvider::providerId))
                .collect(Collectors.toList());
    }

    /**
     * The emulator of one provider.
     *
     * @param providerId the provider id
     * @return its emulator provider
     * @throws IllegalArgumentException naming the installed ones if there is none
     */
    public static EmulatorProvider forProvider(String providerId) {
        List<EmulatorProvider> all = installed();
        return all.stream().filter(p -> p.providerId().equals(providerId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no emulator for provider '" + providerId
                        + "'; installed: " + all.stream().map(EmulatorProvider::providerId).collect(Collectors.joining(", "))));
    }
}
