package io.dclink.model;

import io.dclink.codegen.GenerateBuilder;

/**
 * The delivery report an installer files when the line is built.
 *
 * @param lineCode the carrier's line code
 * @param cableLabel the cable label in the data centre
 * @param lineServiceProvider the carrier
 * @param lineServiceContact the carrier's operations contact, or {@code null}
 * @param constructionFinished whether construction is finished; {@code null} means {@code true}
 * @param idempotencyKey a caller-chosen key that makes retries safe, or {@code null}
 */
@GenerateBuilder
public record ConstructionReport(
        String lineCode,
        String cableLabel,
        String lineServiceProvider,
        String lineServiceContact,
        Boolean constructionFinished,
        String idempotencyKey) {

    /**
     * Validates and copies the components.
     *
     * @param lineCode the carrier's line code
     * @param cableLabel the cable label in the data centre
     * @param lineServiceProvider the carrier
     * @param lineServiceContact the carrier's operations contact, or {@code null}
     * @param constructionFinished whether construction is finished; {@code null} means {@code true}
     * @param idempotencyKey a caller-chosen key that makes retries safe, or {@code null}
     */
    public ConstructionReport {
        constructionFinished = constructionFinished == null ? Boolean.TRUE : constructionFinished;
    }

    /** {@return a new, empty builder} */
    public static ConstructionReportBuilder builder() {
        return new ConstructionReportBuilder();
    }

    /** {@return a builder initialised with this object's values} */
    public ConstructionReportBuilder toBuilder() {
        return new ConstructionReportBuilder(this);
    }
}
