package io.dclink.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Temporal module is optional: no other module of the build depends on it, so nobody else's footprint grows. */
class NothingDependsOnTemporalTest {

    @Test
    void noModuleOfTheBuildDependsOnThisOne() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> modules = children(parse(root.resolve("pom.xml")), "modules", "module");
        assertThat(modules).as("the build's modules, read from %s", root).contains("dclink-temporal", "sdk-core");

        List<String> dependents = new ArrayList<>();
        for (String module : modules) {
            Path pom = root.resolve(module).resolve("pom.xml");
            if (!module.equals("dclink-temporal") && Files.exists(pom)
                    && children(parse(pom), "dependencies", "dependency").contains("dclink-temporal")) {
                dependents.add(module);
            }
        }
        assertThat(dependents).isEmpty();
    }

    private static Document parse(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    /** The text of each child (for a dependency: its artifactId) of the project's own section, not of dependencyManagement's. */
    private static List<String> children(Document pom, String section, String child) {
        List<String> found = new ArrayList<>();
        NodeList sections = pom.getDocumentElement().getChildNodes();
        for (int i = 0; i < sections.getLength(); i++) {
            if (sections.item(i) instanceof Element element && element.getTagName().equals(section)) {
                NodeList items = element.getElementsByTagName(child);
                for (int j = 0; j < items.getLength(); j++) {
                    Element item = (Element) items.item(j);
                    NodeList artifact = item.getElementsByTagName("artifactId");
                    found.add(artifact.getLength() > 0 ? artifact.item(0).getTextContent().trim() : item.getTextContent().trim());
                }
            }
        }
        return found;
    }
}
