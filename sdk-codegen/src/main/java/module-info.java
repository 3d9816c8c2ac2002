/**
 * dclink's compile-time code generation: {@link io.dclink.codegen.GenerateBuilder} and the annotation
 * processor that writes the builders it asks for. JDK only; nothing of it is needed at run time.
 */
module io.dclink.codegen {
    requires java.compiler;

    exports io.dclink.codegen;

    provides javax.annotation.processing.Processor with io.dclink.codegen.internal.BuilderProcessor;
}
