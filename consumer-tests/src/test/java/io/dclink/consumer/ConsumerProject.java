package io.dclink.consumer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * A consumer's Maven project, written the way a reader of the docs would write it: the README's
 * dependency block (the BOM and a provider), the test dependency of docs/testing.md, and around
 * them only what any Java 17 project with JUnit 5 tests has.
 */
final class ConsumerProject {

    private final Path directory;
    private final List<String> managed = new ArrayList<>();
    private final List<String> dependencies = new ArrayList<>();

    ConsumerProject(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    /** Adds a pom snippet: its dependency management and its dependencies (alone or in a dependencies element). */
    ConsumerProject withPomSnippet(String snippet) throws IOException {
        Element root = Xml.parse("<snippet>" + snippet + "</snippet>");
        Xml.child(root, "dependencyManagement", "dependencies").ifPresent(list -> Xml.children(list, "dependency")
                .forEach(dependency -> managed.add(Xml.write(dependency))));
        Xml.children(root, "dependency").forEach(dependency -> dependencies.add(Xml.write(dependency)));
        Xml.child(root, "dependencies").ifPresent(list -> Xml.children(list, "dependency")
                .forEach(dependency -> dependencies.add(Xml.write(dependency))));
        return this;
    }

    /** Adds a dependency by coordinates (what the project has anyway, such as JUnit). */
    ConsumerProject withDependency(String groupId, String artifactId, String version, String scope) {
        dependencies.add("<dependency><groupId>" + groupId + "</groupId><artifactId>" + artifactId
                + "</artifactId><version>" + version + "</version><scope>" + scope + "</scope></dependency>");
        return this;
    }

    /** Writes the pom, pinning the plugins a test run needs to the given versions. */
    ConsumerProject writePom(String resourcesPlugin, String compilerPlugin, String surefirePlugin) throws IOException {
        String pom = """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>example</groupId>
                  <artifactId>dclink-consumer</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencyManagement>
                    <dependencies>
                %s
                    </dependencies>
                  </dependencyManagement>
                  <dependencies>
                %s
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin><artifactId>maven-resources-plugin</artifactId><version>%s</version></plugin>
                      <plugin><artifactId>maven-compiler-plugin</artifactId><version>%s</version></plugin>
                      <plugin><artifactId>maven-surefire-plugin</artifactId><version>%s</version></plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(String.join("\n", managed), String.join("\n", dependencies), resourcesPlugin,
                compilerPlugin, surefirePlugin);
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("pom.xml"), pom);
        return this;
    }

    /** Writes a source file from this module's resources under {@code consumer/}, with its placeholder filled. */
    ConsumerProject writeSource(String sourceRoot, String resource, String placeholder, String content) throws IOException {
        String template;
        try (InputStream in = ConsumerProject.class.getResourceAsStream("/consumer/" + resource)) {
            if (in == null) {
                throw new IOException("no resource consumer/" + resource);
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String packageName = template.lines().filter(line -> line.startsWith("package ")).findFirst()
                .map(line -> line.substring("package ".length(), line.indexOf(';'))).orElse("");
        Path file = directory.resolve(sourceRoot).resolve(packageName.replace('.', '/')).resolve(resource);
        Files.createDirectories(file.getParent());
        Files.writeString(file, placeholder == null ? template : template.replace(placeholder, content));
        return this;
    }
}
