package io.dclink.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Production classes concatenate strings with {@code StringBuilder} code, never through
 * {@code invokedynamic}: its bootstrap on first use cost a client's first call 86 classes. javac
 * does so only while the build passes it {@code -XDstringConcat=inline} (pom.xml), a hidden option it
 * would drop without a word.
 */
class StringConcatenationTest {

    private static final byte[] BOOTSTRAP = "makeConcatWithConstants".getBytes(StandardCharsets.US_ASCII);

    @Test
    void noProductionClassBootstrapsStringConcatenation() throws IOException {
        List<String> bootstrapping = new ArrayList<>();
        int read = 0;
        for (JavaClass type : ModuleBoundariesTest.PRODUCTION) {
            try (InputStream in = type.getSource().orElseThrow().getUri().toURL().openStream()) {
                if (contains(in.readAllBytes(), BOOTSTRAP)) {
                    bootstrapping.add(type.getName());
                }
                read++;
            }
        }

        assertThat(read).as("class files read").isGreaterThan(500);
        assertThat(bootstrapping).isEmpty();
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
