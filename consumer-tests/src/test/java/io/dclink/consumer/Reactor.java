package io.dclink.consumer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** This build as its poms describe it: its version, its modules, and the versions it pins. */
final class Reactor {

    /** One module of the build. */
    record Module(Path directory, String artifactId, String packaging, boolean published) {
    }

    private final Path root;
    private final Element pom;

    private Reactor(Path root) throws IOException {
        this.root = root;
        this.pom = Xml.parse(root.resolve("pom.xml"));
    }

    /** The build this test runs in (surefire names its root directory). */
    static Reactor current() throws IOException {
        String dir = System.getProperty("dclink.project.dir");
        if (dir == null) {
            throw new IllegalStateException("the system property dclink.project.dir names the build's root directory");
        }
        return new Reactor(Path.of(dir));
    }

    Path root() {
        return root;
    }

    String groupId() {
        return Xml.text(pom, "groupId");
    }

    String version() {
        return Xml.text(pom, "version");
    }

    Path pomFile() {
        return root.resolve("pom.xml");
    }

    /** Every module; published unless it is a pom, or sets {@code maven.deploy.skip}. */
    List<Module> modules() throws IOException {
        List<Module> modules = new ArrayList<>();
        for (Element module : Xml.children(Xml.child(pom, "modules").orElseThrow(), "module")) {
            Path directory = root.resolve(module.getTextContent().trim());
            Element modulePom = Xml.parse(directory.resolve("pom.xml"));
            String packaging = Xml.text(modulePom, "packaging") == null ? "jar" : Xml.text(modulePom, "packaging");
            boolean skipped = "true".equals(Xml.text(modulePom, "properties", "maven.deploy.skip"));
            modules.add(new Module(directory, Xml.text(modulePom, "artifactId"), packaging,
                    packaging.equals("jar") && !skipped));
        }
        return modules;
    }

    /** The version the build pins for one of Maven's own plugins. */
    String pluginVersion(String artifactId) {
        for (Element plugin : Xml.children(Xml.child(pom, "build", "pluginManagement", "plugins").orElseThrow(), "plugin")) {
            if (artifactId.equals(Xml.text(plugin, "artifactId"))) {
                return Xml.text(plugin, "version");
            }
        }
        throw new IllegalStateException("the build pins no version of " + artifactId);
    }

    String property(String name) {
        String value = Xml.text(pom, "properties", name);
        if (value == null) {
            throw new IllegalStateException("the build has no property " + name);
        }
        return value;
    }
}
