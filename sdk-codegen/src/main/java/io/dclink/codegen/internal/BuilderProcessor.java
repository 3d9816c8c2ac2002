package io.dclink.codegen.internal;

import io.dclink.codegen.GenerateBuilder;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Writes {@code XBuilder} for each record {@code X} annotated {@link GenerateBuilder}; reports an error
 * on anything else annotated, and on a record whose doc comment lacks a component's {@code @param}.
 */
public final class BuilderProcessor extends AbstractProcessor {

    /** What a setter copies a collection into, by the component's erased type: the copy keeps order and nulls. */
    private static final Map<String, String> COPIES = Map.of("java.util.List", "java.util.ArrayList",
            "java.util.Set", "java.util.LinkedHashSet", "java.util.Map", "java.util.LinkedHashMap");
    /** The copier's method for a collection, by the component's erased type. */
    private static final Map<String, String> COPIER_METHODS = Map.of("java.util.List", "list", "java.util.Set", "set",
            "java.util.Map", "map");

    /** A processor, as {@link java.util.ServiceLoader} creates it. */
    public BuilderProcessor() {
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(GenerateBuilder.class.getName());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element element : round.getElementsAnnotatedWith(GenerateBuilder.class)) {
            String problem = problem(element);
            if (problem != null) {
                error(element, problem);
            } else {
                generate((TypeElement) element);
            }
        }
        return true;
    }

    /** {@return why the element cannot have a builder, or {@code null} when it can} */
    private static String problem(Element element) {
        String annotated = "@GenerateBuilder on " + element.getSimpleName() + ": ";
        if (element.getKind() != ElementKind.RECORD) {
            return annotated + "only a record can have a generated builder, this is a " + element.getKind().toString()
                    .toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        TypeElement record = (TypeElement) element;
        if (!record.getModifiers().contains(Modifier.PUBLIC) || record.getNestingKind().isNested()) {
            return annotated + "the record must be public and top-level";
        }
        if (!record.getTypeParameters().isEmpty()) {
            return annotated + "a generic record cannot have a generated builder";
        }
        return null;
    }

    private void generate(TypeElement record) {
        Map<String, String> docs = ParamDocs.of(processingEnv.getElementUtils().getDocComment(record));
        List<BuilderSource.Component> components = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        String copier = record.getAnnotation(GenerateBuilder.class).copier();
        for (RecordComponentElement component : record.getRecordComponents()) {
            String name = component.getSimpleName().toString();
            if (!docs.containsKey(name)) {
                undocumented.add(name);
            }
            String erased = processingEnv.getTypeUtils().erasure(component.asType()).toString();
            String copy = !COPIES.containsKey(erased) ? null
                    : copier.isEmpty() ? "new " + COPIES.get(erased) + "<>(value)" : copier + "." + COPIER_METHODS.get(erased) + "(value)";
            components.add(new BuilderSource.Component(name, component.asType().toString(), docs.get(name), copy));
        }
        if (!undocumented.isEmpty()) {
            error(record, "@GenerateBuilder on " + record.getSimpleName() + ": the record's doc comment needs an @param for "
                    + String.join(", ", undocumented) + " (the builder's Javadoc is made from it)");
            return;
        }
        String packageName = ((PackageElement) record.getEnclosingElement()).getQualifiedName().toString();
        String source = BuilderSource.of(packageName, record.getSimpleName().toString(), components,
                record.getAnnotation(GenerateBuilder.class).published(), getClass().getName());
        try (Writer out = processingEnv.getFiler().createSourceFile(record.getQualifiedName() + "Builder", record)
                .openWriter()) {
            out.write(source);
        } catch (IOException e) {
            error(record, "@GenerateBuilder on " + record.getSimpleName() + ": cannot write its builder: " + e.getMessage());
        }
    }

    private void error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
