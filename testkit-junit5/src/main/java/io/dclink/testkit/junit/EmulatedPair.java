package io.dclink.testkit.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test against fresh emulators of two providers, a partner and a cloud (the two sides of a
 * {@linkplain io.dclink.hosted.HostedOrder hosted order}), each with a client wired to it: declare
 * a parameter of type {@link EmulatorPair}. On a class it applies to every test (including
 * {@code @Nested} ones); on a method it overrides the class.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(EmulatorPairExtension.class)
public @interface EmulatedPair {

    /**
     * The partner's provider id, e.g. {@code consoleconnect}.
     *
     * @return the id
     */
    String partner();

    /**
     * The cloud's provider id, e.g. {@code tencent}.
     *
     * @return the id
     */
    String cloud();
}
