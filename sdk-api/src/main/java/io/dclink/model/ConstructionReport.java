package io.dclink.model;


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

    /**
     * A new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder initialised with this object's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.lineCode = lineCode;
        b.cableLabel = cableLabel;
        b.lineServiceProvider = lineServiceProvider;
        b.lineServiceContact = lineServiceContact;
        b.constructionFinished = constructionFinished;
        b.idempotencyKey = idempotencyKey;
        return b;
    }

    /** Builds {@link ConstructionReport} instances. */
    public static final class Builder {
        private String lineCode;
        private String cableLabel;
        private String lineServiceProvider;
        private String lineServiceContact;
        private Boolean constructionFinished;
        private String idempotencyKey;

        private Builder() {
        }

        /**
         * Sets lineCode.
         *
         * @param value the carrier's line code
         * @return this builder
         */
        public Builder lineCode(String value) {
            this.lineCode = value;
            return this;
        }

        /**
         * Sets cableLabel.
         *
         * @param value the cable label in the data centre
         * @return this builder
         */
        public Builder cableLabel(String value) {
            this.cableLabel = value;
            return this;
        }

        /**
         * Sets lineServiceProvider.
         *
         * @param value the carrier
         * @return this builder
         */
        public Builder lineServiceProvider(String value) {
            this.lineServiceProvider = value;
            return this;
        }

        /**
         * Sets lineServiceContact.
         *
         * @param value the carrier's operations contact, or {@code null}
         * @return this builder
         */
        public Builder lineServiceContact(String value) {
            this.lineServiceContact = value;
            return this;
        }

        /**
         * Sets constructionFinished.
         *
         * @param value whether construction is finished; {@code null} means {@code true}
         * @return this builder
         */
        public Builder constructionFinished(Boolean value) {
            this.constructionFinished = value;
            return this;
        }

        /**
         * Sets idempotencyKey.
         *
         * @param value a caller-chosen key that makes retries safe, or {@code null}
         * @return this builder
         */
        public Builder idempotencyKey(String value) {
            this.idempotencyKey = value;
            return this;
        }

        /**
         * Builds the constructionReport.
         *
         * @return the new instance
         */
        public ConstructionReport build() {
            return new ConstructionReport(lineCode, cableLabel, lineServiceProvider, lineServiceContact, constructionFinished, idempotencyKey);
        }
    }
}
