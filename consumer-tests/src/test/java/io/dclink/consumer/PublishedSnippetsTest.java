package io.dclink.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * A consumer project written only from the published snippets (the README's dependency block and
 * Java example, the test dependency of docs/testing.md) compiles and its emulator-backed test
 * passes, built offline by this build's Maven wrapper against this build's artifacts. Nothing is
 * installed into the user's local repository: this build's artifacts go to a repository of the
 * test's own, and third-party artifacts are read from the user's (Maven's
 * {@code maven.repo.local.tail}).
 */
class PublishedSnippetsTest {

    private static final String GROUP = "io.dclink";

    @TempDir
    Path work;

    private final Reactor reactor;
    private final String dependencies;
    private final String testDependency;
    private final String javaExample;

    PublishedSnippetsTest() throws Exception {
        reactor = Reactor.current();
        dependencies = Snippets.first(reactor.root().resolve("README.md"), "xml", "dclink-bom");
        testDependency = Snippets.first(reactor.root().resolve("docs/testing.md"), "xml", "testkit-junit5");
        javaExample = Snippets.first(reactor.root().resolve("README.md"), "java", "DirectConnect.builder()");
    }

    @Test
    void theSnippetsImportTheBomAtThisVersionAndNameOnlyArtifactsItManages() throws Exception {
        List<Element> imports = new ArrayList<>();
        List<Element> named = new ArrayList<>();
        for (String snippet : List.of(dependencies, testDependency)) {
            Element root = Xml.parse("<snippet>" + snippet + "</snippet>");
            Xml.child(root, "dependencyManagement", "dependencies")
                    .ifPresent(list -> imports.addAll(Xml.children(list, "dependency")));
            named.addAll(Xml.children(root, "dependency"));
            Xml.child(root, "dependencies").ifPresent(list -> named.addAll(Xml.children(list, "dependency")));
        }
        List<String> managed = reactor.modules().stream().filter(Reactor.Module::published)
                .map(Reactor.Module::artifactId).toList();

        assertThat(imports).singleElement().satisfies(bom -> {
            assertThat(Xml.text(bom, "artifactId")).isEqualTo("dclink-bom");
            assertThat(Xml.text(bom, "version")).as("the README's BOM version is this build's").isEqualTo(reactor.version());
            assertThat(Xml.text(bom, "type")).isEqualTo("pom");
            assertThat(Xml.text(bom, "scope")).isEqualTo("import");
        });
        assertThat(named).extracting(dependency -> Xml.text(dependency, "artifactId"))
                .contains("sdk-core", "testkit-junit5").anyMatch(artifact -> artifact.startsWith("provider-"));
        assertThat(named).allSatisfy(dependency -> {
            assertThat(Xml.text(dependency, "groupId")).isEqualTo(GROUP);
            assertThat(managed).as("managed by the BOM").contains(Xml.text(dependency, "artifactId"));
            assertThat(Xml.child(dependency, "version")).as("the BOM gives the version").isEmpty();
        });
    }

    @Test
    void aConsumerProjectBuiltFromTheSnippetsCompilesAndItsTestsPass() throws Exception {
        LocalRepository repository = new LocalRepository(work.resolve("repository"));
        repository.installPom(GROUP, "dclink-parent", reactor.version(), reactor.pomFile());
        repository.installPom(GROUP, "dclink-bom", reactor.version(), reactor.root().resolve("dclink-bom/pom.xml"));
        Map<String, Path> built = BuiltArtifacts.onClassPath(reactor);
        for (Map.Entry<String, Path> artifact : built.entrySet()) {
            repository.installPom(GROUP, artifact.getKey(), reactor.version(),
                    reactor.root().resolve(artifact.getKey()).resolve("pom.xml"));
            repository.installJar(GROUP, artifact.getKey(), reactor.version(), artifact.getValue());
        }
        ConsumerProject project = new ConsumerProject(work.resolve("consumer"))
                .withPomSnippet(dependencies)
                .withPomSnippet(testDependency)
                .withDependency("org.junit.jupiter", "junit-jupiter", reactor.property("junit.version"), "test");
        project.writePom(reactor.pluginVersion("maven-resources-plugin"), reactor.pluginVersion("maven-compiler-plugin"),
                        reactor.pluginVersion("maven-surefire-plugin"))
                .writeSource("src/main/java", "ReadmeUse.java", "/* README */", javaExample)
                .writeSource("src/test/java", "OrderingTest.java", null, null);

        Maven.Outcome outcome = new Maven(reactor.root()).run(project.directory(), repository,
                Path.of(System.getProperty("dclink.local.repository")), "test");
        Files.writeString(Path.of("target", "consumer-build.log"), outcome.output()); // kept to read after the build

        assertThat(built).as("this build's artifacts the snippets need").containsKeys("sdk-api", "provider-kit",
                "sdk-core", "provider-tencent", "testkit-emulators", "testkit-junit5");
        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("Tests run: 2, Failures: 0, Errors: 0, Skipped: 0");
    }
}
