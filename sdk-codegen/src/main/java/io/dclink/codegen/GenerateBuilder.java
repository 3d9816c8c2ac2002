package io.dclink.codegen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks for a builder of the annotated public top-level record {@code X}: a generated
 * {@code public final class XBuilder} in the same package with package-private constructors
 * {@code XBuilder()} and {@code XBuilder(X from)}, one fluent setter per component, named like the
 * component (a {@code List}, {@code Set} or {@code Map} argument is copied, so changing it later
 * changes nothing), and {@code build()}, which calls the canonical constructor (so defaults and
 * validation stay in the record's compact constructor). Each member's Javadoc is taken from the
 * record's {@code @param} text, which every component must have; links in it resolve in the
 * builder's package, and {@code {@link #member}} is read as the record's member.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface GenerateBuilder {

    /**
     * {@return whether the builder is public; {@code false} keeps it in the record's package, for a
     * record only its own package builds (such as the settings a public builder of another type fills)}
     */
    boolean published() default true;

    /**
     * {@return the simple name of a class in the record's package whose static {@code list},
     * {@code set} and {@code map} methods the setters copy a collection with (the record may then
     * recognise its own copies and not copy them again); empty for a fresh {@code ArrayList},
     * {@code LinkedHashSet} or {@code LinkedHashMap}}
     */
    String copier() default "";
}
