package io.dclink.pair;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.Connections;
import io.dclink.Gateways;
import io.dclink.Loas;
import io.dclink.Routes;
import io.dclink.VirtualInterfaces;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.LoaApplication;
import io.dclink.model.Resource;
import io.dclink.model.UpdateConnectionRequest;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The {@code Consumer<Builder>} overloads, AWS SDK v2 style: each builds its request and calls its sibling.
 * Here rather than in sdk-api because it checks {@link RedundantPairs} with sdk-api's groups.
 */
class ConsumerOverloadsTest {

    private static final List<Class<?>> GROUPS = List.of(Connections.class, VirtualInterfaces.class, Gateways.class,
            Routes.class, Loas.class, RedundantPairs.class);

    private static final CreateConnectionRequest LINE = CreateConnectionRequest.builder().name("idc-sh").build();

    /** The abstract call a proxy received. */
    private record Call(Method method, List<Object> arguments) {
    }

    @Test
    void anOverloadBuildsTheRequestFromTheLambdaAndCallsTheMethodTakingIt() {
        List<Call> calls = new ArrayList<>();

        recording(Connections.class, calls).create(r -> r.name("dc-1").bandwidthMbps(1000));
        recording(Connections.class, calls).update("dc-9", r -> r.name("renamed"));
        recording(VirtualInterfaces.class, calls).quote(r -> r.connectionId("dc-1").vlan(100));
        recording(Loas.class, calls).apply("dc-2", a -> a.companyName("Example Ltd"));
        recording(RedundantPairs.class, calls).create(r -> r.resilience(Resilience.TWO_ACCESS_POINTS).line(LINE).city("Shanghai"));

        assertThat(calls).extracting(call -> call.method().getName()).containsExactly("create", "update", "quote", "apply",
                "create");
        CreateConnectionRequest created = (CreateConnectionRequest) calls.get(0).arguments().get(0);
        assertThat(created.name()).isEqualTo("dc-1");
        assertThat(created.bandwidthMbps()).isEqualTo(1000);
        assertThat(calls.get(1).arguments().get(0)).isEqualTo("dc-9");
        assertThat(((UpdateConnectionRequest) calls.get(1).arguments().get(1)).name()).isEqualTo("renamed");
        CreateVirtualInterfaceRequest quoted = (CreateVirtualInterfaceRequest) calls.get(2).arguments().get(0);
        assertThat(quoted.connectionId()).isEqualTo("dc-1");
        assertThat(quoted.vlan()).isEqualTo(100);
        assertThat(calls.get(3).arguments().get(0)).isEqualTo("dc-2");
        assertThat(((LoaApplication) calls.get(3).arguments().get(1)).companyName()).isEqualTo("Example Ltd");
        assertThat(((PairRequest) calls.get(4).arguments().get(0)).city()).isEqualTo("Shanghai");
    }

    @Test
    void everyMethodTakingABuildableRequestHasAnOverloadThatCallsIt() throws Exception {
        List<String> missing = new ArrayList<>();
        int overloads = 0;
        for (Class<?> group : GROUPS) {
            for (Method method : group.getMethods()) {
                Class<?>[] types = method.getParameterTypes();
                if (types.length == 0 || !isBuildable(types[types.length - 1])) {
                    continue;
                }
                Class<?>[] overloadTypes = Arrays.copyOf(types, types.length);
                overloadTypes[types.length - 1] = Consumer.class;
                Method overload;
                try {
                    overload = group.getMethod(method.getName(), overloadTypes);
                } catch (NoSuchMethodException e) {
                    missing.add(group.getSimpleName() + "." + method.getName());
                    continue;
                }
                List<Call> calls = new ArrayList<>();
                Object[] arguments = new Object[types.length];
                Arrays.fill(arguments, "c-1");
                arguments[types.length - 1] = (Consumer<Object>) ConsumerOverloadsTest::fillRequired;
                overload.invoke(recording(group, calls), arguments);
                assertThat(calls).extracting(Call::method).as(overload.toString()).containsExactly(method);
                assertThat(calls.get(0).arguments().get(types.length - 1)).isInstanceOf(types[types.length - 1]);
                overloads++;
            }
        }
        assertThat(missing).as("methods without a Consumer<Builder> overload").isEmpty();
        assertThat(overloads).isEqualTo(16);
    }

    /** Only a pair request has components its constructor requires. */
    private static void fillRequired(Object builder) {
        if (builder instanceof PairRequestBuilder pair) {
            pair.resilience(Resilience.TWO_ACCESS_POINTS).line(LINE);
        }
    }

    /** A request, query or options record with a builder; a resource (a route to delete) is not one. */
    private static boolean isBuildable(Class<?> type) {
        try {
            return type.isRecord() && !Resource.class.isAssignableFrom(type) && type.getMethod("builder") != null;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** A proxy that runs the default methods and records the abstract ones. */
    private static <T> T recording(Class<T> group, List<Call> calls) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, arguments);
            }
            calls.add(new Call(method, Arrays.asList(arguments)));
            return null;
        };
        return group.cast(Proxy.newProxyInstance(group.getClassLoader(), new Class<?>[] {group}, handler));
    }
}
