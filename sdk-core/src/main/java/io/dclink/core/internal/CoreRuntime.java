package io.dclink.core.internal;

import io.dclink.ClientConfiguration;
import io.dclink.DirectConnect;
import io.dclink.ProviderInfo;
import io.dclink.auth.Credentials;
import io.dclink.auth.Secret;
import io.dclink.core.discovery.ProviderRegistry;
import io.dclink.core.hosted.HostedOrderFactory;
import io.dclink.core.internal.http.HttpTransport;
import io.dclink.core.internal.http.SecretScrubber;
import io.dclink.core.lifecycle.ProviderLifecycles;
import io.dclink.error.ErrorContext;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.hosted.HostedOrder;
import io.dclink.hosted.HostedOrderRequest;
import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.DirectConnectRuntime;
import io.dclink.spi.CredentialVariables;
import io.dclink.spi.OperationTable;
import io.dclink.spi.ProviderDescriptor;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/** dclink's runtime, bound to the API through {@link java.util.ServiceLoader}. */
public final class CoreRuntime implements DirectConnectRuntime {

    /** Hosted orders check a side against its plugin's rules: the shared ones are the pipeline's. */
    private static final HostedOrderFactory HOSTED = new HostedOrderFactory(
            (request, descriptor) -> RequestRules.check(request, descriptor.virtualInterfaceOptions()));

    /** Creates the runtime; called by {@link java.util.ServiceLoader}. */
    public CoreRuntime() {
    }

    @Override
    public DirectConnect create(ClientConfiguration configuration) {
        DirectConnectProvider provider = ProviderRegistry.discover(configuration.classLoader())
                .select(configuration.providerId());
        ProviderDescriptor descriptor = provider.descriptor();
        ProviderInfo info = ProviderRegistry.info(provider);
        List<Problem> problems = new ArrayList<>();
        if (descriptor.regional() && configuration.region().isEmpty()) {
            problems.add(new Problem("region", "is required; call DirectConnectBuilder.region(id)"));
        } else if (!descriptor.regional() && configuration.region().isPresent()) {
            problems.add(new Problem("region", info.id() + " has no regions; do not set one"));
        }
        CredentialVariables declared = descriptor.credentials();
        Optional<Credentials> credentials = configuration.credentials().or(() -> declared.read(configuration.environment()));
        if (credentials.isEmpty()) {
            problems.add(new Problem("credentials", "none were given and the environment variables "
                    + declared.requiredNames() + " are not set; " + info.id() + " needs " + declared.description()));
        } else if (!declared.accepts(credentials.get())) {
            problems.add(new Problem("credentials", info.id() + " needs " + declared.description()));
        }
        configuration.endpoint().ifPresent(endpoint -> checkEndpoint(endpoint, configuration.insecureHttpAllowed(), problems));
        if (!problems.isEmpty()) {
            throw new ValidationException(ErrorContext.of(info.id()), problems);
        }
        ScheduledExecutorService scheduler = configuration.scheduler().orElseGet(SharedThreads::scheduler);
        Interceptors interceptors = new Interceptors(configuration.interceptors(), info.id(), configuration.clock());
        HttpTransport transport = new HttpTransport(info.id(), configuration, scheduler,
                SecretScrubber.of(credentials.orElseThrow().secrets()), interceptors);
        OperationTable<?>.Bound client = descriptor.operations().bind(new DefaultProviderContext(
                configuration.region(),
                configuration.endpoint(),
                credentials.orElseThrow(),
                configuration.clock(),
                scheduler,
                transport,
                configuration.properties(),
                configuration.environment()), info.id());
        RuntimeServices services = new RuntimeServices(scheduler, configuration.clock(), new Events(configuration.listeners()));
        OperationPipeline pipeline = new OperationPipeline(info, descriptor, client,
                ProviderLifecycles.of(descriptor.lifecycle()), interceptors, configuration.retry().maxAttempts(),
                configuration.idempotencyWindow());
        DirectConnect built = new DefaultDirectConnect(pipeline, services, configuration.region(), transport.warmUp());
        HOSTED.register(built, descriptor);
        return built;
    }

    @Override
    public HostedOrder startHostedOrder(DirectConnect partner, DirectConnect cloud, HostedOrderRequest request) {
        return HOSTED.start(partner, cloud, request);
    }

    @Override
    public HostedOrder resumeHostedOrder(DirectConnect partner, DirectConnect cloud, String checkpoint, Secret bgpAuthKey) {
        return HOSTED.resume(partner, cloud, checkpoint, bgpAuthKey);
    }

    @Override
    public List<ProviderInfo> installedProviders(ClassLoader classLoader) {
        return ProviderRegistry.discover(classLoader).installed();
    }

    private static void checkEndpoint(URI endpoint, boolean insecureAllowed, List<Problem> problems) {
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (endpoint.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            problems.add(new Problem("endpoint", "must be an absolute http(s) URI with a host, was " + endpoint));
        } else if (scheme.equals("http") && !insecureAllowed && !Loopback.isLoopback(endpoint.getHost())) {
            problems.add(new Problem("endpoint", "plain http:// is allowed only for loopback hosts; use https://, "
                    + "or call DirectConnectBuilder.allowInsecureHttp() on a trusted network"));
        }
    }
}
