package io.dclink.testkit.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test against a fresh emulator of a provider, with a client wired to it. On a class it
 * applies to every test (including {@code @Nested} ones); on a method it overrides the class.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(EmulatorExtension.class)
public @interface EmulatedProvider {

    /**
     * The provider id, e.g. {@code tencent}.
     *
     * @return the id
     */
    String value();
}
