package io.dclink.codegen.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * One in-process javac run over in-memory sources with {@link BuilderProcessor}, as strict as the
 * build: every lint but the build's exception (an unclaimed annotation) a warning, every warning an
 * error, and doclint over every public member.
 *
 * @param succeeded whether javac succeeded
 * @param errors the error messages
 * @param classes where the classes were written
 * @param generated where generated sources were written
 */
record Compilation(boolean succeeded, List<String> errors, Path classes, Path generated) {

    /**
     * Compiles the sources.
     *
     * @param work an empty directory to write into
     * @param sources source text by binary type name, e.g. {@code sample.Line}
     * @return the outcome
     * @throws IOException if the directories cannot be made
     */
    static Compilation of(Path work, Map<String, String> sources) throws IOException {
        Path classes = Files.createDirectories(work.resolve("classes"));
        Path generated = Files.createDirectories(work.resolve("generated"));
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, text) -> units.add(new Source(name, text)));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaCompiler.CompilationTask task = javac.getTask(null, null, diagnostics,
                List.of("-Xlint:all,-processing", "-Werror", "-Xdoclint:all/protected", "-d", classes.toString(), "-s",
                        generated.toString()),
                null, units);
        task.setProcessors(List.of(new BuilderProcessor()));
        boolean succeeded = task.call();
        List<String> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING)
                .map(d -> d.getMessage(Locale.ROOT))
                .toList();
        return new Compilation(succeeded, errors, classes, generated);
    }

    /**
     * Reads a generated source.
     *
     * @param path its path below the generated-sources directory, e.g. {@code sample/LineBuilder.java}
     * @return its text
     * @throws IOException if it was not generated
     */
    String generatedSource(String path) throws IOException {
        return Files.readString(generated.resolve(path), StandardCharsets.UTF_8);
    }

    /**
     * Loads compiled classes, all through one loader of their own.
     *
     * @param names their binary names
     * @return the classes, in the order named
     * @throws Exception if one was not compiled
     */
    List<Class<?>> load(String... names) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
        List<Class<?>> loaded = new ArrayList<>();
        for (String name : names) {
            loaded.add(Class.forName(name, true, loader));
        }
        return loaded;
    }

    private static final class Source extends SimpleJavaFileObject {

        private final String text;

        Source(String binaryName, String text) {
            super(URI.create("string:///" + binaryName.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
