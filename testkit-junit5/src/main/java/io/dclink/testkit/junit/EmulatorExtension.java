package io.dclink.testkit.junit;

import io.dclink.DirectConnect;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.Emulators;
import io.dclink.testkit.emulator.Operator;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Resolves {@link DirectConnect}, {@link Emulator} and {@link Operator} parameters of tests marked
 * with {@link EmulatedProvider}: one started emulator and one client per test method, shared by its
 * {@code @BeforeEach} and {@code @AfterEach} methods, closed after it. The client skips emulated
 * time ({@link Emulator#timeSkippingClientBuilder()}). A {@code @BeforeAll} or {@code @AfterAll}
 * method cannot take one: no test method would see it.
 */
public final class EmulatorExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EmulatorExtension.class);

    /** Created by JUnit. */
    public EmulatorExtension() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == DirectConnect.class || type == Emulator.class || type == Operator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("@EmulatedProvider gives each test method a fresh emulator and "
                    + "client, so " + parameter.getDeclaringExecutable().getName() + " (run once for the whole class) "
                    + "cannot take a " + parameter.getParameter().getType().getSimpleName() + ": take it in a @BeforeEach "
                    + "method or the test method, which share one");
        }
        Session session = context.getStore(NAMESPACE).getOrComputeIfAbsent(Session.class,
                key -> new Session(providerId(context)), Session.class);
        Class<?> type = parameter.getParameter().getType();
        if (type == DirectConnect.class) {
            return session.client;
        }
        return type == Emulator.class ? session.emulator : session.emulator.operator();
    }

    private static String providerId(ExtensionContext context) {
        Optional<EmulatedProvider> annotation = context.getTestMethod().flatMap(m -> find(m));
        Class<?> type = context.getTestClass().orElse(null);
        while (annotation.isEmpty() && type != null) {
            annotation = find(type);
            type = type.getEnclosingClass();
        }
        return annotation.map(EmulatedProvider::value).orElseThrow(() -> new ExtensionConfigurationException(
                "annotate the test class or method with @EmulatedProvider(\"<provider id>\")"));
    }

    private static Optional<EmulatedProvider> find(AnnotatedElement element) {
        return AnnotationSupport.findAnnotation(element, EmulatedProvider.class);
    }

    /** One test's emulator and client, closed by JUnit when the test's context ends. */
    private static final class Session implements AutoCloseable {
        final Emulator emulator;
        final DirectConnect client;

        Session(String providerId) {
            this.emulator = Emulators.forProvider(providerId).create(EmulatorOptions.defaults()).start();
            this.client = emulator.timeSkippingClientBuilder().build();
        }

        @Override
        public void close() {
            try {
                client.close();
            } finally {
                emulator.close();
            }
        }
    }
}
