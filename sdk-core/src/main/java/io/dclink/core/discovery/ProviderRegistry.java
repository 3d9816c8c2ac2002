package io.dclink.core.discovery;

import io.dclink.ProviderInfo;
import io.dclink.error.ErrorContext;
import io.dclink.error.ProviderDiscoveryException;
import io.dclink.spi.DirectConnectProvider;
import io.dclink.core.internal.SpiCompatibility;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.SpiVersion;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The provider plugins installed on a class path, checked for consistency: two plugins with one id
 * or a plugin built for an incompatible SPI version make the whole installation fail loudly.
 */
public final class ProviderRegistry {

    /** The system property that selects a provider when the builder names none. */
    public static final String PROVIDER_PROPERTY = "dclink.provider";

    private static final String BUILT_IN_ARTIFACTS =
            "io.dclink:provider-tencent, io.dclink:provider-alibaba, io.dclink:provider-jdcloud or "
                    + "io.dclink:provider-consoleconnect";

    private final Map<String, DirectConnectProvider> byId;

    private ProviderRegistry(Map<String, DirectConnectProvider> byId) {
        this.byId = byId;
    }

    /**
     * Discovers the plugins visible to a class loader.
     *
     * @param classLoader where to look
     * @return the registry
     * @throws ProviderDiscoveryException if a plugin fails to load, two plugins claim one id, or a
     *     plugin targets an incompatible SPI version
     */
    public static ProviderRegistry discover(ClassLoader classLoader) {
        Map<String, List<DirectConnectProvider>> found = new LinkedHashMap<>();
        for (DirectConnectProvider provider : load(classLoader)) {
            found.computeIfAbsent(stated(provider, DirectConnectProvider::id), id -> new ArrayList<>()).add(provider);
        }
        Map<String, DirectConnectProvider> byId = new LinkedHashMap<>();
        for (Map.Entry<String, List<DirectConnectProvider>> entry : found.entrySet()) {
            List<DirectConnectProvider> claimants = entry.getValue();
            if (claimants.size() > 1) {
                throw new ProviderDiscoveryException(
                        "Several provider plugins claim the id '" + entry.getKey() + "': "
                                + claimants.stream().map(ProviderRegistry::describe).collect(Collectors.joining(" and "))
                                + ". Keep only one of them on the class path.",
                        ErrorContext.of(entry.getKey()));
            }
            DirectConnectProvider provider = claimants.get(0);
            SpiVersion target = stated(provider, DirectConnectProvider::spiVersion);
            if (!SpiCompatibility.accepts(target)) {
                SpiVersion runtime = SpiCompatibility.newest();
                throw new ProviderDiscoveryException(
                        "Provider plugin '" + entry.getKey() + "' (" + describe(provider) + ") was built for dclink SPI "
                                + target + ", but this runtime (io.dclink:sdk-core) implements SPI "
                                + SpiCompatibility.IMPLEMENTED.stream().map(SpiVersion::toString)
                                        .collect(Collectors.joining(", "))
                                + ". Use a build of the plugin for SPI " + runtime.major() + ".x, or a dclink "
                                + "version that implements SPI " + target.major() + "." + target.minor() + " or later.",
                        ErrorContext.of(entry.getKey()));
            }
            byId.put(entry.getKey(), provider);
        }
        return new ProviderRegistry(byId);
    }

    /**
     * Chooses the plugin for a client: the explicit id if given, else the {@code dclink.provider}
     * system property, else the only installed plugin.
     *
     * @param requestedId the id the builder was given, if any
     * @return the plugin
     * @throws ProviderDiscoveryException if none is installed, the id is unknown, or several are
     *     installed and none was chosen
     */
    public DirectConnectProvider select(Optional<String> requestedId) {
        Optional<String> id = requestedId.or(() -> Optional.ofNullable(System.getProperty(PROVIDER_PROPERTY)));
        if (byId.isEmpty()) {
            throw new ProviderDiscoveryException(
                    "No dclink provider plugin is installed. Add a provider artifact to the class path ("
                            + BUILT_IN_ARTIFACTS + "), or a vendor plugin registered in "
                            + "META-INF/services/" + DirectConnectProvider.class.getName() + ".",
                    ErrorContext.of(id.orElse(null)));
        }
        if (id.isPresent()) {
            DirectConnectProvider provider = byId.get(id.get());
            if (provider == null) {
                throw new ProviderDiscoveryException(
                        "No provider plugin with id '" + id.get() + "' is installed; installed: " + ids()
                                + ". Check the spelling, or add the plugin's artifact (for a built-in provider, "
                                + "io.dclink:provider-" + id.get() + ") to the class path.",
                        ErrorContext.of(id.get()));
            }
            return described(id.get(), provider);
        }
        if (byId.size() > 1) {
            throw new ProviderDiscoveryException(
                    "Several provider plugins are installed (" + ids() + ") and none was chosen. Call "
                            + "DirectConnectBuilder.provider(id) or set the system property " + PROVIDER_PROPERTY + ".",
                    ErrorContext.of(null));
        }
        Map.Entry<String, DirectConnectProvider> only = byId.entrySet().iterator().next();
        return described(only.getKey(), only.getValue());
    }

    /** The chosen plugin, once its descriptor is checked against the id and version it stated for discovery. */
    private static DirectConnectProvider described(String id, DirectConnectProvider provider) {
        ProviderDescriptor descriptor = descriptor(provider);
        SpiVersion stated = stated(provider, DirectConnectProvider::spiVersion);
        // Compared by component: a record's equals() starts the JDK's ObjectMethods bootstrap, about 15 ms of a cold start.
        boolean sameVersion = descriptor.spiVersion().major() == stated.major() && descriptor.spiVersion().minor() == stated.minor();
        if (!descriptor.id().equals(id) || !sameVersion) {
            throw new ProviderDiscoveryException("Provider plugin " + describe(provider) + " states id '" + id
                    + "' and SPI " + stated + " for discovery, but its descriptor says id '" + descriptor.id() + "' and SPI "
                    + descriptor.spiVersion() + ". This is a defect of the plugin; report it to its authors.",
                    ErrorContext.of(id));
        }
        return provider;
    }

    /**
     * The installed plugins, sorted by id.
     *
     * @return their descriptions
     */
    public List<ProviderInfo> installed() {
        return byId.entrySet().stream()
                .map(entry -> info(described(entry.getKey(), entry.getValue())))
                .sorted(Comparator.comparing(ProviderInfo::id))
                .collect(Collectors.toList());
    }

    /**
     * Describes a plugin.
     *
     * @param provider the plugin
     * @return its description
     */
    public static ProviderInfo info(DirectConnectProvider provider) {
        ProviderDescriptor descriptor = descriptor(provider);
        return new ProviderInfo(
                descriptor.id(),
                descriptor.displayName(),
                descriptor.spiVersion().toString(),
                descriptor.capabilities(),
                descriptor.credentials().names(),
                provider.getClass().getName(),
                descriptor.regional());
    }

    private String ids() {
        return byId.keySet().stream().sorted().collect(Collectors.joining(", "));
    }

    private static List<DirectConnectProvider> load(ClassLoader classLoader) {
        List<DirectConnectProvider> providers = new ArrayList<>();
        try {
            for (ServiceLoader.Provider<DirectConnectProvider> candidate :
                    ServiceLoader.load(DirectConnectProvider.class, classLoader).stream().collect(Collectors.toList())) {
                providers.add(candidate.get());
            }
        } catch (ServiceConfigurationError e) {
            Throwable cause = e.getCause();
            String remedy = cause == null
                    ? ". Check that the class named in META-INF/services/" + DirectConnectProvider.class.getName()
                            + " exists, is public and has a public no-argument constructor."
                    : ": it failed with " + cause.getClass().getSimpleName() + ": " + cause.getMessage()
                            + ". This is a defect of the plugin; report it to its authors.";
            throw new ProviderDiscoveryException("A provider plugin could not be loaded: " + e.getMessage() + remedy,
                    ErrorContext.of(null), e);
        }
        return providers;
    }

    /** What a plugin states for discovery (its id or SPI version), reported like its descriptor when that fails. */
    private static <T> T stated(DirectConnectProvider provider, Function<DirectConnectProvider, T> statement) {
        try {
            return Objects.requireNonNull(statement.apply(provider), "the plugin's id or SPI version");
        } catch (LinkageError | RuntimeException e) {
            throw unlinkable(provider, e);
        }
    }

    /**
     * A plugin's descriptor. A plugin compiled against another SPI may fail here with a linkage
     * error before it can state its version; that is reported as what it most likely is.
     */
    private static ProviderDescriptor descriptor(DirectConnectProvider provider) {
        try {
            return Objects.requireNonNull(provider.descriptor(), "descriptor()");
        } catch (LinkageError | RuntimeException e) {
            throw unlinkable(provider, e);
        }
    }

    /**
     * Why a plugin could not say what it is: a linkage error most likely means it was built for another
     * SPI; an exception, or tables whose class could not be initialised, are a defect of the plugin.
     */
    private static ProviderDiscoveryException unlinkable(DirectConnectProvider provider, Throwable e) {
        boolean failedInitialisation = e instanceof ExceptionInInitializerError
                || e instanceof NoClassDefFoundError && String.valueOf(e.getMessage()).startsWith("Could not initialize");
        if (e instanceof LinkageError && !failedInitialisation) {
            return new ProviderDiscoveryException("Provider plugin " + describe(provider) + " failed to describe itself ("
                    + e.getClass().getSimpleName() + "): it was most likely built for another dclink SPI version than "
                    + SpiCompatibility.newest() + ", which this runtime implements. Use a build of the plugin for SPI "
                    + SpiCompatibility.newest().major() + ".x.", ErrorContext.of(null), e);
        }
        Throwable cause = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
        return new ProviderDiscoveryException("Provider plugin " + describe(provider) + " failed to describe itself: "
                + cause.getClass().getSimpleName() + ": " + cause.getMessage()
                + ". This is a defect of the plugin; report it to its authors.", ErrorContext.of(null), cause);
    }

    private static String describe(DirectConnectProvider provider) {
        CodeSource source = provider.getClass().getProtectionDomain().getCodeSource();
        String location = source == null || source.getLocation() == null ? "unknown location" : source.getLocation().toString();
        return provider.getClass().getName() + " from " + location;
    }
}
