package io.dclink.consumer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A Maven local repository in a directory of its own, filled the way {@code mvn install} fills one
 * (an artifact with no record of a remote origin counts as installed), so that a consumer build
 * finds this build's artifacts without anything being installed into the user's repository.
 */
final class LocalRepository {

    private final Path directory;

    LocalRepository(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    void installPom(String groupId, String artifactId, String version, Path pom) throws IOException {
        Files.copy(pom, file(groupId, artifactId, version, "pom"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Installs a jar, or a jar made of a classes directory (when the build stopped before packaging). */
    void installJar(String groupId, String artifactId, String version, Path jarOrClasses) throws IOException {
        Path target = file(groupId, artifactId, version, "jar");
        if (Files.isDirectory(jarOrClasses)) {
            jar(jarOrClasses, target);
        } else {
            Files.copy(jarOrClasses, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path file(String groupId, String artifactId, String version, String extension) throws IOException {
        Path dir = directory.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version);
        Files.createDirectories(dir);
        return dir.resolve(artifactId + "-" + version + "." + extension);
    }

    private static void jar(Path classes, Path target) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(out)) {
            for (Path file : files) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, jar);
                jar.closeEntry();
            }
        }
    }
}
