package io.dclink.codegen.internal;

import java.util.List;
import java.util.stream.Collectors;

/** The source text of one record's builder. */
final class BuilderSource {

    /**
     * One record component.
     *
     * @param name its name
     * @param type its type as source text, fully qualified
     * @param doc its {@code @param} text, one line
     * @param copy how a setter copies its argument {@code value} (e.g. {@code new java.util.ArrayList<>(value)}),
     *     so that changing the argument later does not change the builder; {@code null} to keep the argument
     */
    record Component(String name, String type, String doc, String copy) {
    }

    private BuilderSource() {
    }

    /**
     * Writes the builder of a record.
     *
     * @param packageName the record's package, empty for the unnamed package
     * @param record the record's simple name
     * @param components its components in declaration order
     * @param published whether the builder is public or package-private
     * @param generator the name {@code @Generated} carries
     * @return the source of {@code <record>Builder}
     */
    static String of(String packageName, String record, List<Component> components, boolean published, String generator) {
        String builder = record + "Builder";
        StringBuilder out = new StringBuilder();
        if (!packageName.isEmpty()) {
            out.append("package ").append(packageName).append(";\n\n");
        }
        out.append("/** Builds {@link ").append(record).append("} instances: one setter per component, then {@link #build()}. */\n")
                .append("@javax.annotation.processing.Generated(\"").append(generator).append("\")\n")
                .append(published ? "public final class " : "final class ").append(builder).append(" {\n");
        for (Component c : components) {
            out.append("    private ").append(c.type()).append(' ').append(c.name()).append(";\n");
        }
        out.append("\n    /** An empty builder. */\n")
                .append("    ").append(builder).append("() {\n    }\n\n")
                .append("    /**\n     * A builder holding the values of {@code from}.\n     *\n")
                .append("     * @param from the record to copy\n     */\n")
                .append("    ").append(builder).append('(').append(record).append(" from) {\n");
        for (Component c : components) {
            out.append("        this.").append(c.name()).append(" = from.").append(c.name()).append("();\n");
        }
        out.append("    }\n");
        for (Component c : components) {
            out.append("\n    /**\n     * Sets {@link ").append(record).append('#').append(c.name()).append("()}.\n     *\n")
                    .append("     * @param value ").append(linksToRecord(c.doc(), record)).append('\n')
                    .append("     * @return this builder\n     */\n")
                    .append("    public ").append(builder).append(' ').append(c.name()).append('(').append(c.type())
                    .append(" value) {\n")
                    .append("        this.").append(c.name()).append(" = ")
                    .append(c.copy() == null ? "value" : "value == null ? null : " + c.copy())
                    .append(";\n        return this;\n    }\n");
        }
        out.append("\n    /** {@return a new {@link ").append(record).append("} with this builder's values} */\n")
                .append("    public ").append(record).append(" build() {\n")
                .append("        return new ").append(record).append('(')
                .append(components.stream().map(Component::name).collect(Collectors.joining(", ")))
                .append(");\n    }\n}\n");
        return out.toString();
    }

    /** In the record's text {@code #member} means the record's member; in the builder's it would mean the builder's. */
    private static String linksToRecord(String doc, String record) {
        return doc.replaceAll("\\{@(link|linkplain)\\s+#", "{@$1 " + record + "#");
    }
}
