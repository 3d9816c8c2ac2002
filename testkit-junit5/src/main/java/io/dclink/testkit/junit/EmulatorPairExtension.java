package io.dclink.testkit.junit;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Resolves {@link EmulatorPair} parameters of tests marked with {@link EmulatedPair}: two started
 * emulators and their clients per test, closed after it.
 */
public final class EmulatorPairExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EmulatorPairExtension.class);

    /** Created by JUnit. */
    public EmulatorPairExtension() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EmulatorPair.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        EmulatedPair pair = annotation(context);
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(EmulatorPair.class,
                key -> new EmulatorPair(pair.partner(), pair.cloud()), EmulatorPair.class);
    }

    private static EmulatedPair annotation(ExtensionContext context) {
        Optional<EmulatedPair> found = context.getTestMethod().flatMap(EmulatorPairExtension::find);
        Class<?> type = context.getTestClass().orElse(null);
        while (found.isEmpty() && type != null) {
            found = find(type);
            type = type.getEnclosingClass();
        }
        return found.orElseThrow(() -> new ExtensionConfigurationException(
                "annotate the test class or method with @EmulatedPair(partner = \"<id>\", cloud = \"<id>\")"));
    }

    private static Optional<EmulatedPair> find(AnnotatedElement element) {
        return AnnotationSupport.findAnnotation(element, EmulatedPair.class);
    }
}
