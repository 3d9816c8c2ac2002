package io.dclink.testkit.tck;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/** The kit against a correct plugin, its emulator and its mapping document: every group must pass. */
class ToyCompatibilityTest extends ToyKitBase {

    @Override
    protected String pluginId() {
        return "toy";
    }

    @Override
    protected Optional<Path> mappingDocument() {
        try {
            return Optional.of(Path.of(ToyCompatibilityTest.class.getResource("/toy-mapping.md").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
