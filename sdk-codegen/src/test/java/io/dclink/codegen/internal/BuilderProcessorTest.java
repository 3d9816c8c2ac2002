package io.dclink.codegen.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuilderProcessorTest {

    private static final String KIND = """
            package sample;

            /** How a line is built. */
            public enum Kind {
                /** Dug. */
                DUG,
                /** Aerial. */
                AERIAL
            }
            """;

    private static final String LINE = """
            package sample;

            import io.dclink.codegen.GenerateBuilder;
            import java.util.List;
            import java.util.Map;

            /**
             * A line, the sample every test builds.
             *
             * @param name the name, see also {@link #kind()}
             * @param vlan the VLAN,
             *     a primitive
             * @param kind how it is built
             * @param prefixes the prefixes
             * @param tags the tags; empty when none
             */
            @GenerateBuilder
            public record Line(String name, int vlan, Kind kind, List<String> prefixes, Map<String, String> tags) {

                /**
                 * Copies the collections.
                 *
                 * @param name the name
                 * @param vlan the VLAN
                 * @param kind how it is built
                 * @param prefixes the prefixes
                 * @param tags the tags; {@code null} means none
                 */
                public Line {
                    prefixes = prefixes == null ? List.of() : List.copyOf(prefixes);
                    tags = tags == null ? Map.of() : Map.copyOf(tags);
                }

                /** {@return a new, empty builder} */
                public static LineBuilder builder() {
                    return new LineBuilder();
                }

                /** {@return a builder initialised with this object's values} */
                public LineBuilder toBuilder() {
                    return new LineBuilder(this);
                }
            }
            """;

    @TempDir
    Path work;

    @Test
    void everyComponentIsSettableAndBuildCallsTheCanonicalConstructor() throws Exception {
        Compilation compilation = compileLine();
        List<Class<?>> classes = compilation.load("sample.Line", "sample.Kind");
        Class<?> line = classes.get(0);
        Class<?> kind = classes.get(1);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", "line-1");
        values.put("vlan", 1201);
        values.put("kind", kind.getEnumConstants()[1]);
        values.put("prefixes", List.of("10.0.0.0/24"));
        values.put("tags", Map.of("team", "net"));

        Object builder = line.getMethod("builder").invoke(null);
        for (RecordComponent component : line.getRecordComponents()) {
            Method setter = builder.getClass().getMethod(component.getName(), component.getType());
            assertThat(setter.invoke(builder, values.get(component.getName()))).as("fluent").isSameAs(builder);
        }
        Object built = builder.getClass().getMethod("build").invoke(builder);

        for (RecordComponent component : line.getRecordComponents()) {
            assertThat(component.getAccessor().invoke(built)).as(component.getName())
                    .isEqualTo(values.get(component.getName()));
        }
    }

    @Test
    void anEmptyBuilderLeavesDefaultsToTheCompactConstructor() throws Exception {
        Class<?> line = compileLine().load("sample.Line").get(0);
        Object builder = line.getMethod("builder").invoke(null);

        Object built = builder.getClass().getMethod("build").invoke(builder);

        assertThat(built).hasToString("Line[name=null, vlan=0, kind=null, prefixes=[], tags={}]");
    }

    @Test
    void toBuilderCopiesEveryComponent() throws Exception {
        Class<?> line = compileLine().load("sample.Line").get(0);
        Object builder = line.getMethod("builder").invoke(null);
        builder.getClass().getMethod("name", String.class).invoke(builder, "line-1");
        builder.getClass().getMethod("vlan", int.class).invoke(builder, 7);
        builder.getClass().getMethod("prefixes", List.class).invoke(builder, List.of("10.0.0.0/24"));
        builder.getClass().getMethod("tags", Map.class).invoke(builder, Map.of("team", "net"));
        Object original = builder.getClass().getMethod("build").invoke(builder);

        Object copy = line.getMethod("toBuilder").invoke(original);
        Object same = copy.getClass().getMethod("build").invoke(copy);
        copy.getClass().getMethod("vlan", int.class).invoke(copy, 8);
        Object changed = copy.getClass().getMethod("build").invoke(copy);

        assertThat(same).isEqualTo(original).isNotSameAs(original);
        assertThat(changed).hasToString("Line[name=line-1, vlan=8, kind=null, prefixes=[10.0.0.0/24], tags={team=net}]");
    }

    @Test
    void aCollectionGivenToASetterIsCopiedSoChangingItLaterChangesNothing() throws Exception {
        Class<?> line = compileLine().load("sample.Line").get(0);
        Object builder = line.getMethod("builder").invoke(null);
        List<String> prefixes = new ArrayList<>(List.of("10.0.0.0/24"));
        Map<String, String> tags = new HashMap<>(Map.of("team", "net"));
        builder.getClass().getMethod("prefixes", List.class).invoke(builder, prefixes);
        builder.getClass().getMethod("tags", Map.class).invoke(builder, tags);
        prefixes.add("10.0.1.0/24");
        tags.put("site", "gz");

        Object built = builder.getClass().getMethod("build").invoke(builder);

        assertThat(built).hasToString("Line[name=null, vlan=0, kind=null, prefixes=[10.0.0.0/24], tags={team=net}]");
    }

    @Test
    void everyPublicMemberOfTheBuilderHasJavadocMadeFromTheRecordsParamText() throws Exception {
        String source = compileLine().generatedSource("sample/LineBuilder.java");

        Matcher publicMember = Pattern.compile("(?m)^( *)public .*$").matcher(source);
        int members = 0;
        while (publicMember.find()) {
            members++;
            String before = source.substring(0, publicMember.start()).replaceAll("(?m)^ *@.*\\n\\z", "");
            assertThat(before).as(publicMember.group()).endsWith("*/\n");
        }
        assertThat(members).as("the class, five setters and build()").isEqualTo(7);
        assertThat(source)
                .contains("@javax.annotation.processing.Generated(\"io.dclink.codegen.internal.BuilderProcessor\")")
                .contains("@param value the name, see also {@link Line#kind()}\n")
                .contains("@param value the VLAN, a primitive\n")
                .contains("@param value the tags; empty when none\n");
    }

    @Test
    void anUnpublishedBuilderIsPackagePrivate() throws Exception {
        String unpublished = LINE.replace("@GenerateBuilder\n", "@GenerateBuilder(published = false)\n")
                .replace("public static LineBuilder builder()", "static LineBuilder builder()")
                .replace("public LineBuilder toBuilder()", "LineBuilder toBuilder()")
                .replace("/** {@return a new, empty builder} */\n", "")
                .replace("/** {@return a builder initialised with this object's values} */\n", "");
        Compilation compilation = Compilation.of(work, Map.of("sample.Kind", KIND, "sample.Line", unpublished));

        assertThat(compilation.errors()).isEmpty();
        Class<?> builder = compilation.load("sample.LineBuilder").get(0);
        assertThat(java.lang.reflect.Modifier.isPublic(builder.getModifiers())).isFalse();
        assertThat(compilation.generatedSource("sample/LineBuilder.java")).contains("\nfinal class LineBuilder {\n");
    }

    @Test
    void aRecordThatNamesItsCopierHasItsSettersCopyThroughIt() throws Exception {
        String copied = LINE.replace("@GenerateBuilder\n", "@GenerateBuilder(copier = \"Copier\")\n");
        Compilation compilation = Compilation.of(work, Map.of("sample.Kind", KIND, "sample.Line", copied, "sample.Copier", """
                package sample;

                import java.util.ArrayList;
                import java.util.LinkedHashMap;
                import java.util.List;
                import java.util.Map;

                /** Copies that say they were made here. */
                final class Copier {
                    private Copier() {
                    }

                    static <T> List<T> list(List<T> source) {
                        List<T> copy = new ArrayList<>(source);
                        copy.add(null);
                        return copy;
                    }

                    static <K, V> Map<K, V> map(Map<K, V> source) {
                        Map<K, V> copy = new LinkedHashMap<>(source);
                        copy.put(null, null);
                        return copy;
                    }
                }
                """));
        assertThat(compilation.errors()).isEmpty();
        Object builder = compilation.load("sample.Line").get(0).getMethod("builder").invoke(null);
        builder.getClass().getMethod("prefixes", List.class).invoke(builder, List.of("10.0.0.0/24"));
        builder.getClass().getMethod("tags", Map.class).invoke(builder, Map.of("team", "net"));

        assertThat(compilation.generatedSource("sample/LineBuilder.java"))
                .contains("this.prefixes = value == null ? null : Copier.list(value);")
                .contains("this.tags = value == null ? null : Copier.map(value);");
        assertThatThrownBy(() -> builder.getClass().getMethod("build").invoke(builder))
                .as("the record's own List.copyOf meets the copier's null").hasRootCauseInstanceOf(NullPointerException.class);
    }

    @Test
    void theStrictOptionsWouldCatchAnUndocumentedPublicMember() throws Exception {
        Compilation compilation = Compilation.of(work, Map.of("sample.Bare",
                "package sample;\n/** Bare. */\npublic final class Bare {\n    public Bare() {\n    }\n}\n"));

        assertThat(compilation.succeeded()).isFalse();
        assertThat(compilation.errors()).anySatisfy(error -> assertThat(error).contains("no comment"));
    }

    @Test
    void aClassCannotHaveAGeneratedBuilder() throws Exception {
        Compilation compilation = Compilation.of(work, Map.of("sample.NotARecord", """
                package sample;

                /** Not a record. */
                @io.dclink.codegen.GenerateBuilder
                public final class NotARecord {
                    /** Nothing. */
                    public NotARecord() {
                    }
                }
                """));

        assertThat(compilation.succeeded()).isFalse();
        assertThat(compilation.errors()).containsExactly(
                "@GenerateBuilder on NotARecord: only a record can have a generated builder, this is a class");
    }

    @Test
    void aRecordMissingParamTextNamesEveryUndocumentedComponent() throws Exception {
        Compilation compilation = Compilation.of(work, Map.of("sample.Half", """
                package sample;

                /**
                 * Half documented.
                 *
                 * @param a the first
                 * @param b
                 */
                @io.dclink.codegen.GenerateBuilder
                public record Half(String a, String b, String c) {
                }
                """));

        assertThat(compilation.succeeded()).isFalse();
        assertThat(compilation.errors()).contains("@GenerateBuilder on Half: the record's doc comment needs an @param"
                + " for b, c (the builder's Javadoc is made from it)");
    }

    @Test
    void aNestedRecordIsRefused() throws Exception {
        Compilation compilation = Compilation.of(work, Map.of("sample.Outer", """
                package sample;

                /** Outer. */
                public final class Outer {
                    private Outer() {
                    }

                    /**
                     * Inner.
                     *
                     * @param a the first
                     */
                    @io.dclink.codegen.GenerateBuilder
                    public record Inner(String a) {
                    }
                }
                """));

        assertThat(compilation.succeeded()).isFalse();
        assertThat(compilation.errors()).containsExactly("@GenerateBuilder on Inner: the record must be public and top-level");
    }

    private Compilation compileLine() throws Exception {
        Compilation compilation = Compilation.of(work, Map.of("sample.Kind", KIND, "sample.Line", LINE));
        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.succeeded()).isTrue();
        return compilation;
    }
}
