package io.dclink.codegen.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code @param} texts of a doc comment, by parameter name, each on one line. */
final class ParamDocs {

    private ParamDocs() {
    }

    /**
     * Reads the {@code @param} tags of a doc comment as {@link javax.lang.model.util.Elements#getDocComment} returns it.
     *
     * @param docComment the comment's text, or {@code null} when there is none
     * @return the texts by parameter name, in comment order; empty texts left out
     */
    static Map<String, String> of(String docComment) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (docComment == null) {
            return texts;
        }
        for (String tag : docComment.split("(?m)^\\s*(?=@)")) {
            if (tag.startsWith("@param")) {
                String[] nameAndText = tag.substring("@param".length()).strip().split("\\s+", 2);
                if (nameAndText.length == 2 && !nameAndText[0].isEmpty()) {
                    texts.put(nameAndText[0], nameAndText[1].strip().replaceAll("\\s+", " "));
                }
            }
        }
        return texts;
    }
}
