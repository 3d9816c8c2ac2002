package io.dclink.consumer;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * This build's own artifacts as the reactor handed them to this module's tests: the jars of
 * modules already packaged, or their classes directories when the build stops before packaging.
 */
final class BuiltArtifacts {

    private BuiltArtifacts() {
    }

    /** Artifact id to jar or classes directory, for every published module of the build on the test class path. */
    static Map<String, Path> onClassPath(Reactor reactor) throws IOException {
        Map<String, Path> found = new LinkedHashMap<>();
        for (Reactor.Module module : reactor.modules().stream().filter(Reactor.Module::published).toList()) {
            Path target = module.directory().resolve("target").toAbsolutePath().normalize();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path path = Path.of(entry).toAbsolutePath().normalize();
                String name = path.getFileName().toString();
                boolean main = name.equals("classes") || name.endsWith(".jar") && !name.endsWith("-tests.jar");
                if (main && target.equals(path.getParent()) && Files.exists(path)) {
                    found.put(module.artifactId(), path);
                }
            }
        }
        return found;
    }
}
