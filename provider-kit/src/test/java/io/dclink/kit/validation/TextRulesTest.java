package io.dclink.kit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.error.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Free text a provider stores: bounded, and free of characters that hide or rearrange what is shown. */
class TextRulesTest {

    private static List<String> text(String value, int maxLength) {
        return new Problems().text("name", value, maxLength).list().stream().map(Problem::toString).toList();
    }

    @Test
    void ordinaryTextOfAnyScriptPasses() {
        assertThat(text("Room 301, 3rd floor, 8 Keji Road", 60)).isEmpty();
        assertThat(text("唐镇0103-A09-PL01-1", 60)).isEmpty();
        assertThat(text("Zoë's café — rack 7", 60)).isEmpty();
        assertThat(text("👩‍💻 ops", 60)).as("an emoji sequence joined by U+200D").isEmpty();
        assertThat(text(null, 60)).as("an absent value is not checked").isEmpty();
    }

    @Test
    void theLengthIsCountedInCharactersNotUtf16Units() {
        assertThat(text("😀".repeat(60), 60)).isEmpty();
        assertThat(text("x".repeat(61), 60)).containsExactly("name: must be at most 60 characters, was 61");
        assertThat(text("x".repeat(10_000), 60)).containsExactly("name: must be at most 60 characters, was 10000");
    }

    @Test
    void controlCharactersAreRefusedByCodePointAndPosition() {
        assertThat(text("dc\u0000line", 60)).containsExactly(
                "name: must not contain the control character U+0000 (at character 3)");
        assertThat(text("two\nlines", 60)).containsExactly(
                "name: must not contain the control character U+000A (at character 4)");
        assertThat(text("tab\there", 60)).hasSize(1);
        assertThat(text("del\u007f", 60)).hasSize(1);
        assertThat(text("c1\u0085", 60)).as("NEL, a C1 control").hasSize(1);
        assertThat(text("line\u2028separator", 60)).containsExactly(
                "name: must not contain the line or paragraph separator U+2028 (at character 5)");
    }

    @Test
    void bidirectionalOverridesAndIsolatesAreRefused() {
        assertThat(text("invoice\u202Efdp.exe", 60)).containsExactly(
                "name: must not contain the bidirectional formatting character U+202E (at character 8)");
        for (char bidi : new char[] {'\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u2066',
            '\u2067', '\u2068', '\u2069'}) {
            assertThat(text("a" + bidi, 60)).as("U+%04X", (int) bidi).hasSize(1);
        }
    }

    @Test
    void anUnpairedSurrogateIsRefused() {
        assertThat(text("bad\uD800", 60)).containsExactly(
                "name: must not contain the unpaired surrogate U+D800 (at character 4)");
    }

    @Test
    void aLongTextWithAControlCharacterGetsBothProblems() {
        assertThat(text("x".repeat(10_000) + "\u0000\n\u202E", 60)).containsExactly(
                "name: must be at most 60 characters, was 10003",
                "name: must not contain the control character U+0000 (at character 10001)");
    }

    @Test
    void aMinimumLengthCanBeRequired() {
        assertThat(new Problems().text("description", "x", 2, 256).list()).extracting(Problem::toString)
                .containsExactly("description: must be 2 to 256 characters, was 1");
        assertThat(new Problems().text("description", "xy", 2, 256).list()).isEmpty();
    }
}
