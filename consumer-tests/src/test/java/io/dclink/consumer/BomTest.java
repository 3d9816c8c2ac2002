package io.dclink.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** {@code dclink-bom} manages exactly dclink's published modules, at this build's version, and pins nothing else. */
class BomTest {

    @Test
    void theBomManagesEveryPublishedModuleAndNothingElse() throws Exception {
        Reactor reactor = Reactor.current();
        Element bom = Xml.parse(reactor.root().resolve("dclink-bom/pom.xml"));
        List<Element> managed = Xml.children(Xml.child(bom, "dependencyManagement", "dependencies").orElseThrow(),
                "dependency");
        List<String> published = reactor.modules().stream().filter(Reactor.Module::published)
                .map(Reactor.Module::artifactId).toList();

        assertThat(Xml.child(bom, "parent")).as("a parent's dependency management would be imported too").isEmpty();
        assertThat(Xml.text(bom, "groupId")).isEqualTo(reactor.groupId());
        assertThat(Xml.text(bom, "version")).as("the BOM's version is the build's").isEqualTo(reactor.version());
        assertThat(Xml.text(bom, "packaging")).isEqualTo("pom");
        assertThat(managed).extracting(dependency -> Xml.text(dependency, "groupId")).containsOnly(reactor.groupId());
        assertThat(managed).extracting(dependency -> Xml.text(dependency, "artifactId"))
                .containsExactlyInAnyOrderElementsOf(published);
        assertThat(managed).extracting(dependency -> Xml.text(dependency, "version")).containsOnly("${project.version}");
        assertThat(managed).allSatisfy(dependency -> assertThat(Xml.children(dependency, "scope")).isEmpty());
        assertThat(reactor.modules()).extracting(Reactor.Module::artifactId).contains("dclink-bom");
        assertThat(published).as("what the README and the docs name").contains("sdk-api", "sdk-core",
                "provider-tencent", "testkit-junit5");
    }

    @Test
    void theBomsOnlyBuildSettingIsTheParentsJavadocPlugin() throws Exception {
        Reactor reactor = Reactor.current();
        Element bom = Xml.parse(reactor.root().resolve("dclink-bom/pom.xml"));
        List<Element> plugins = Xml.children(Xml.child(bom, "build", "pluginManagement", "plugins").orElseThrow(),
                "plugin");

        assertThat(Xml.children(Xml.child(bom, "build").orElseThrow(), "plugins")).isEmpty();
        assertThat(plugins).singleElement().satisfies(plugin -> {
            assertThat(Xml.text(plugin, "artifactId")).isEqualTo("maven-javadoc-plugin");
            assertThat(Xml.text(plugin, "version")).isEqualTo(reactor.pluginVersion("maven-javadoc-plugin"));
        });
    }
}
