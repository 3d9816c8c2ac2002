package io.dclink.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.DirectConnect;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.AlphaStore;
import io.dclink.lifecycle.ResourceType;
import io.dclink.wait.WaitCheckpoint;
import io.dclink.wait.Waitable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A {@code null} argument is a programmer's error: every public method of every resource group
 * refuses it at once, naming the parameter, and sends nothing.
 */
class NullArgumentsTest {

    private static final Map<Class<?>, Object> HARMLESS = Map.of(String.class, "c-1", Duration.class,
            Duration.ofSeconds(1), WaitCheckpoint.class, new WaitCheckpoint(ResourceType.CONNECTION, "alpha", "c-1",
                    Instant.EPOCH, Instant.EPOCH.plusSeconds(60), 0, List.of()));

    private final AlphaStore store = AlphaStore.create();
    private final DirectConnect client = DirectConnect.builder().provider("alpha").region("r1")
            .credentials(Credentials.accessKey("id", "secret")).property("store", store.id).build();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void everyReferenceParameterOfEveryGroupIsCheckedByName() throws Exception {
        Map<String, Object> groups = Map.of("accessPoints", client.accessPoints(), "connections", client.connections(),
                "loas", client.loas(), "gateways", client.gateways(), "virtualInterfaces", client.virtualInterfaces(),
                "routes", client.routes());
        List<String> unchecked = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Object> group : groups.entrySet()) {
            Class<?> api = group.getValue().getClass().getInterfaces()[0];
            for (Method method : api.getMethods()) {
                if (Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                Parameter[] parameters = method.getParameters();
                for (int nulled = 0; nulled < parameters.length; nulled++) {
                    if (parameters[nulled].getType().isPrimitive()) {
                        continue;
                    }
                    assertThat(parameters[nulled].isNamePresent()).as("compiled with -parameters").isTrue();
                    String call = group.getKey() + "." + method.getName() + "(" + parameters[nulled].getName() + " = null)";
                    Throwable thrown = invoke(method, group.getValue(), arguments(api, parameters, nulled));
                    checked++;
                    if (!(thrown instanceof NullPointerException) || !parameters[nulled].getName().equals(thrown.getMessage())) {
                        unchecked.add(call + " -> " + thrown);
                    }
                }
            }
        }

        assertThat(unchecked).as("methods that do not refuse a null argument by name").isEmpty();
        assertThat(checked).as("parameters checked").isGreaterThan(30);
        assertThat(store.calls).as("nothing was sent").isEmpty();
    }

    /** Every parameter before the nulled one gets a harmless value; it and the ones after are null. */
    private static Object[] arguments(Class<?> api, Parameter[] parameters, int nulled) {
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < nulled; i++) {
            Class<?> type = parameters[i].getType();
            arguments[i] = type == Enum.class ? anyState(api) : HARMLESS.get(type);
            assertThat(arguments[i]).as("a harmless " + type.getSimpleName()).isNotNull();
        }
        return arguments;
    }

    /** A state of the group's lifecycle: the {@code S} of its {@code Waitable<R, S>}. */
    private static Object anyState(Class<?> api) {
        for (Type supertype : api.getGenericInterfaces()) {
            if (supertype instanceof ParameterizedType waitable && waitable.getRawType() == Waitable.class) {
                return ((Class<?>) waitable.getActualTypeArguments()[1]).getEnumConstants()[0];
            }
        }
        throw new AssertionError(api + " takes a state but is not Waitable");
    }

    private static Throwable invoke(Method method, Object target, Object[] arguments) {
        try {
            method.invoke(target, arguments);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
