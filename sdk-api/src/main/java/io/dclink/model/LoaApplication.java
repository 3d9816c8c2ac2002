package io.dclink.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An application for a letter of authorisation.
 *
 * @param companyName the customer company that needs the line
 * @param constructionCompany the company that will build the line
 * @param constructionType the kind of line
 * @param constructionTime when the crew will enter the site
 * @param customerLocation where the line comes from, or {@code null}
 * @param bandwidthMbps the line bandwidth in Mbit/s, or {@code null}
 * @param engineers the engineers who will enter the data centre
 * @param idempotencyKey a caller-chosen key that makes retries safe, or {@code null}
 */
public record LoaApplication(
        String companyName,
        String constructionCompany,
        ConstructionType constructionType,
        Instant constructionTime,
        String customerLocation,
        Integer bandwidthMbps,
        List<FieldEngineer> engineers,
        String idempotencyKey) {

    /**
     * Validates and copies the components.
     *
     * @param companyName the customer company that needs the line
     * @param constructionCompany the company that will build the line
     * @param constructionType the kind of line
     * @param constructionTime when the crew will enter the site
     * @param customerLocation where the line comes from, or {@code null}
     * @param bandwidthMbps the line bandwidth in Mbit/s, or {@code null}
     * @param engineers the engineers who will enter the data centre
     * @param idempotencyKey a caller-chosen key that makes retries safe, or {@code null}
     */
    public LoaApplication {
        engineers = Copies.list(engineers);
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
        b.companyName = companyName;
        b.constructionCompany = constructionCompany;
        b.constructionType = constructionType;
        b.constructionTime = constructionTime;
        b.customerLocation = customerLocation;
        b.bandwidthMbps = bandwidthMbps;
        b.engineers = engineers;
        b.idempotencyKey = idempotencyKey;
        return b;
    }

    /** Builds {@link LoaApplication} instances. */
    public static final class Builder {
        private String companyName;
        private String constructionCompany;
        private ConstructionType constructionType;
        private Instant constructionTime;
        private String customerLocation;
        private Integer bandwidthMbps;
        private List<FieldEngineer> engineers = List.of();
        private String idempotencyKey;

        private Builder() {
        }

        /**
         * Sets companyName.
         *
         * @param value the customer company that needs the line
         * @return this builder
         */
        public Builder companyName(String value) {
            this.companyName = value;
            return this;
        }

        /**
         * Sets constructionCompany.
         *
         * @param value the company that will build the line
         * @return this builder
         */
        public Builder constructionCompany(String value) {
            this.constructionCompany = value;
            return this;
        }

        /**
         * Sets constructionType.
         *
         * @param value the kind of line
         * @return this builder
         */
        public Builder constructionType(ConstructionType value) {
            this.constructionType = value;
            return this;
        }

        /**
         * Sets constructionTime.
         *
         * @param value when the crew will enter the site
         * @return this builder
         */
        public Builder constructionTime(Instant value) {
            this.constructionTime = value;
            return this;
        }

        /**
         * Sets customerLocation.
         *
         * @param value where the line comes from, or {@code null}
         * @return this builder
         */
        public Builder customerLocation(String value) {
            this.customerLocation = value;
            return this;
        }

        /**
         * Sets bandwidthMbps.
         *
         * @param value the line bandwidth in Mbit/s, or {@code null}
         * @return this builder
         */
        public Builder bandwidthMbps(Integer value) {
            this.bandwidthMbps = value;
            return this;
        }

        /**
         * Sets engineers.
         *
         * @param value the engineers who will enter the data centre
         * @return this builder
         */
        public Builder engineers(List<FieldEngineer> value) {
            this.engineers = value == null ? List.of() : new ArrayList<>(value);
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
         * Builds the loaApplication.
         *
         * @return the new instance
         */
        public LoaApplication build() {
            return new LoaApplication(companyName, constructionCompany, constructionType, constructionTime, customerLocation, bandwidthMbps, engineers, idempotencyKey);
        }
    }
}
