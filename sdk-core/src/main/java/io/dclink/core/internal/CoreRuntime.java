package io.dclink.core.internal;

import io.dclink.ClientConfiguration;
import io.dclink.DirectConnect;
import io.dclink.ProviderInfo;
import io.dclink.auth.AccessKeyCredentials;
import io.dclink.auth.ApiKeyCredentials;
import io.dclink.auth.Credentials;
import io.dclink.core.discovery.ProviderRegistry;
import io.dclink.core.hosted.HostedOrderFactory;
import io.dclink.core.internal.http.HttpTransport;
import io.dclink.core.internal.http.SecretScrubber;
import io.dclink.core.lifecycle.ProviderLifecycles;
import io.dclink.error.AuthenticationException;
import io.dclink.error.ErrorContext;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.runtime.DirectConnectRuntime;
import io.dclink.spi.CredentialVariables;
import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.OperationTable;
import io.dclink.spi.ProviderDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/** dclink's runtime, bound to the API through {@link java.util.ServiceLoader}. */
public final class CoreRuntime implements DirectConnectRuntime {

    /** Hosted orders check a side against its plugin's rules: the shared ones are the pipeline's. */
    private static final HostedOrderFactory HOSTED = new HostedOrderFactory(
            (request, descriptor) -> RequestRules.check(request, descriptor.virtualInterfaceOptions()));

    /**
     * {@return the hosted orders of the clients this runtime builds, for the orders' bridge
     * ({@code io.dclink.core.orders.CoreOrdersRuntime})}
     */
    public static HostedOrderFactory hostedOrders() {
        return HOSTED;
    }

    /** Creates the runtime; called by {@link java.util.ServiceLoader}. */
    public CoreRuntime() {
    }

    @Override
    public DirectConnect create(ClientConfiguration configuration) {
        DirectConnectProvider provider = ProviderRegistry.discover(configuration.classLoader())
                .select(Optional.ofNullable(configuration.providerId()));
        ProviderDescriptor descriptor = provider.descriptor();
        ProviderInfo info = ProviderRegistry.info(provider);
        List<Problem> problems = new ArrayList<>();
        CredentialVariables declared = descriptor.credentials();
        DefaultChain chain = new DefaultChain(info.id(), declared, configuration);
        Optional<String> region = Optional.empty();
        Optional<Credentials> credentials = Optional.empty();
        Supplier<Credentials> current = null;
        boolean profileUnreadable = false;
        try {
            region = descriptor.regional() ? chain.region() : Optional.ofNullable(configuration.region());
            if (configuration.credentialsSupplier() != null) {
                current = new RefreshingCredentials(configuration.credentialsSupplier(), declared, configuration.clock(),
                        ErrorContext.of(info.id()));
                credentials = Optional.of(current.get());
            } else {
                credentials = chain.credentials();
            }
        } catch (IllegalArgumentException | AuthenticationException unreadable) {
            problems.add(new Problem("credentials", unreadable.getMessage()));
            profileUnreadable = true;
        }
        if (descriptor.regional() && region.isEmpty() && !profileUnreadable) {
            problems.add(new Problem("region", "is required and none was found in " + chain.searched("region")
                    + "; call DirectConnectBuilder.region(id)"));
        } else if (!descriptor.regional() && configuration.region() != null) {
            problems.add(new Problem("region", info.id() + " has no regions; do not set one"));
        }
        if (credentials.isEmpty() && !profileUnreadable) {
            problems.add(new Problem("credentials", "none were given and none were found in "
                    + chain.searched("credentials") + "; " + info.id() + " needs " + declared.description()));
        } else if (credentials.isPresent() && !declared.accepts(credentials.get())) {
            problems.add(new Problem("credentials", info.id() + " needs " + declared.description()));
        } else if (credentials.isPresent()) {
            problems.addAll(blankParts(credentials.get()));
        }
        problems.addAll(configuration.validate());
        if (!problems.isEmpty()) {
            throw new ValidationException(ErrorContext.of(info.id()), problems);
        }
        ScheduledExecutorService scheduler = configuration.scheduler() != null ? configuration.scheduler() : SharedThreads.scheduler();
        Interceptors interceptors = new Interceptors(configuration.interceptors(), info.id(), configuration.clock());
        HttpTransport transport = new HttpTransport(info.id(), configuration, scheduler,
                scrubbing(current, credentials.orElseThrow()), interceptors);
        Credentials fixed = credentials.orElseThrow();
        OperationTable<?>.Bound client = descriptor.operations().bind(new DefaultProviderContext(
                region,
                Optional.ofNullable(configuration.endpoint()),
                current != null ? current : () -> fixed,
                configuration.clock(),
                scheduler,
                transport,
                configuration.properties(),
                configuration.environment()), info.id());
        RuntimeServices services = new RuntimeServices(scheduler, configuration.clock(), new Events(configuration.listeners()));
        OperationPipeline pipeline = new OperationPipeline(info, descriptor, client,
                ProviderLifecycles.of(descriptor.lifecycle()), interceptors, configuration.retry().maxAttempts(),
                configuration.idempotencyWindow());
        DirectConnect built = new DefaultDirectConnect(pipeline, services, region, transport.warmUp());
        HOSTED.register(built, descriptor);
        return built;
    }

    /**
     * The blank parts of credentials, which would fail every call with the provider's authentication
     * error (or sign with an empty key): refused before any call, naming the part, never its value.
     */
    private static List<Problem> blankParts(Credentials credentials) {
        List<Problem> problems = new ArrayList<>();
        if (credentials instanceof AccessKeyCredentials keys) {
            if (keys.accessKeyId().isBlank()) {
                problems.add(new Problem("credentials", "the access key id is blank"));
            }
            if (keys.secretKey().reveal().isBlank()) {
                problems.add(new Problem("credentials", "the secret key is blank"));
            }
            if (keys.securityToken() != null && keys.securityToken().reveal().isBlank()) {
                problems.add(new Problem("credentials", "the security token is blank (leave it out for a long-term key)"));
            }
        } else if (credentials instanceof ApiKeyCredentials key && key.apiKey().reveal().isBlank()) {
            problems.add(new Problem("credentials", "the API key is blank"));
        }
        return problems;
    }

    /** The secrets to scrub from a call's logs and errors: the fixed credentials', or the current ones' on each call. */
    private static Supplier<SecretScrubber> scrubbing(Supplier<Credentials> current, Credentials fixed) {
        if (current == null) {
            SecretScrubber scrubber = SecretScrubber.of(fixed.secrets());
            return () -> scrubber;
        }
        return () -> SecretScrubber.of(current.get().secrets());
    }

    @Override
    public List<ProviderInfo> installedProviders(ClassLoader classLoader) {
        return ProviderRegistry.discover(classLoader).installed();
    }
}
