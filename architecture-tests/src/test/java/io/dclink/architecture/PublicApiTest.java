package io.dclink.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every published module's public API is written down in {@code <module>/api/<module>.api}, and the
 * build fails when the API and the file differ: an API change is a reviewed diff of that file in
 * the same commit. After a deliberate change, rewrite the files with
 * {@code ./mvnw -B verify -pl architecture-tests -am -Ddclink.api.write=true} and commit them.
 */
class PublicApiTest {

    private static final Pattern EXPORT = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @ParameterizedTest
    @ValueSource(strings = {"sdk-api", "sdk-orders", "provider-spi", "provider-kit", "sdk-core", "testkit-emulators", "testkit-junit5", "testkit-tck"})
    void theModulesPublicApiIsTheOneWrittenDown(String module) throws Exception {
        List<String> api = publicApi(module);
        Path file = ROOT.resolve(module).resolve("api").resolve(module + ".api");
        assertThat(api).as("%s's public API, read from its classes", module).isNotEmpty();

        if (Boolean.getBoolean("dclink.api.write")) {
            Files.createDirectories(file.getParent());
            Files.write(file, api, StandardCharsets.UTF_8);
        }
        List<String> written = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        Set<String> added = new TreeSet<>(api);
        written.forEach(added::remove);
        Set<String> removed = new TreeSet<>(written);
        api.forEach(removed::remove);
        assertThat(api).as("""
                %s's public API differs from %s:
                  in the code, not in the file: %s
                  in the file, not in the code: %s
                If the change is meant, rewrite the file (./mvnw -B verify -pl architecture-tests -am \
                -Ddclink.api.write=true) and commit it with the change.""", module, ROOT.relativize(file),
                first(added), first(removed)).isEqualTo(written);
    }

    private static String first(Set<String> lines) {
        return lines.isEmpty() ? "nothing" : lines.stream().limit(20).collect(Collectors.joining("\n    ", "\n    ", ""))
                + (lines.size() > 20 ? "\n    … and " + (lines.size() - 20) + " more" : "");
    }

    /** The module's public and protected types in its exported packages, each followed by its sorted members. */
    private static List<String> publicApi(String module) throws IOException, ClassNotFoundException {
        Path classes = ROOT.resolve(module).resolve("target").resolve("classes");
        Set<String> exported = exportedPackages(module, classes);
        List<String> lines = new ArrayList<>();
        for (String name : classNames(classes)) {
            String packageName = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
            if (!exported.contains(packageName)) {
                continue;
            }
            Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
            if (visible(type)) {
                lines.add(header(type));
                new TreeSet<>(members(type)).forEach(member -> lines.add("  " + member));
            }
        }
        return lines;
    }

    private static Set<String> exportedPackages(String module, Path classes) throws IOException {
        Path moduleInfo = ROOT.resolve(module).resolve("src/main/java/module-info.java");
        Set<String> packages = new TreeSet<>();
        if (Files.exists(moduleInfo)) {
            Matcher exports = EXPORT.matcher(Files.readString(moduleInfo));
            while (exports.find()) {
                packages.add(exports.group(1));
            }
            return packages;
        }
        classNames(classes).forEach(name -> packages.add(name.substring(0, name.lastIndexOf('.'))));
        return packages;
    }

    private static List<String> classNames(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString())
                    .filter(name -> !name.endsWith("module-info.class") && !name.endsWith("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        }
    }

    private static boolean visible(Class<?> type) {
        if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
            return false;
        }
        for (Class<?> at = type; at != null; at = at.getEnclosingClass()) {
            int modifiers = at.getModifiers();
            boolean nestedProtected = at.getEnclosingClass() != null && Modifier.isProtected(modifiers);
            if (!Modifier.isPublic(modifiers) && !nestedProtected) {
                return false;
            }
        }
        return true;
    }

    private static String header(Class<?> type) {
        StringBuilder line = new StringBuilder(type.toGenericString());
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
            line.append(" extends ").append(superclass.getTypeName());
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0 && !type.isAnnotation()) {
            line.append(type.isInterface() ? " extends " : " implements ")
                    .append(Arrays.stream(interfaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
        }
        return line.toString();
    }

    private static List<String> members(Class<?> type) {
        List<String> members = new ArrayList<>();
        Stream.of(type.getDeclaredConstructors(), type.getDeclaredMethods(), type.getDeclaredFields())
                .flatMap(Arrays::stream)
                .filter(member -> !member.isSynthetic() && !(member instanceof Method method && method.isBridge()))
                .filter(member -> Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers()))
                .forEach(member -> members.add(describe(member)));
        return members;
    }

    private static String describe(Member member) {
        if (member instanceof Executable executable) {
            return executable.toGenericString();
        }
        return ((Field) member).toGenericString();
    }
}
