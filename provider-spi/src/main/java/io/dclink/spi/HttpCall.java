package io.dclink.spi;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One provider API call, as a plugin hands it to the {@link Transport}: the request, how to sign
 * it, how to recognise errors, whether repeating it is safe, and which values must never be
 * logged. Immutable.
 */
public final class HttpCall {

    private final String operation;
    private final String method;
    private final URI uri;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final Idempotency idempotency;
    private final RequestSigner signer;
    private final ResponseClassifier classifier;
    private final List<String> sensitiveValues;

    private HttpCall(Builder builder) {
        this.operation = Objects.requireNonNull(builder.operation, "operation");
        this.method = Objects.requireNonNull(builder.method, "method");
        this.uri = Objects.requireNonNull(builder.uri, "uri");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        builder.headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = Collections.unmodifiableMap(copy);
        this.body = builder.body.clone();
        this.idempotency = Objects.requireNonNull(builder.idempotency, "idempotency");
        this.signer = Objects.requireNonNull(builder.signer, "signer");
        this.classifier = Objects.requireNonNull(builder.classifier, "classifier");
        this.sensitiveValues = List.copyOf(builder.sensitiveValues);
    }

    /**
     * Starts a call.
     *
     * @param operation the provider's name for the operation, used in logs and errors
     * @param method the HTTP method
     * @param uri the absolute request URI
     * @return the builder
     */
    public static Builder builder(String operation, String method, URI uri) {
        return new Builder(operation, method, uri);
    }

    /** {@return the operation name} */
    public String operation() {
        return operation;
    }

    /** {@return the HTTP method} */
    public String method() {
        return method;
    }

    /** {@return the absolute request URI} */
    public URI uri() {
        return uri;
    }

    /** {@return the headers to send before signing} */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** {@return a copy of the body bytes} */
    public byte[] body() {
        return body.clone();
    }

    /** {@return whether repeating the call is safe} */
    public Idempotency idempotency() {
        return idempotency;
    }

    /** {@return the signer} */
    public RequestSigner signer() {
        return signer;
    }

    /** {@return the error mapping} */
    public ResponseClassifier classifier() {
        return classifier;
    }

    /** {@return the values that must never be logged or appear in errors (for example a BGP key in the body)} */
    public List<String> sensitiveValues() {
        return sensitiveValues;
    }

    @Override
    public String toString() {
        return "HttpCall[" + operation + " " + method + " " + uri.getScheme() + "://" + uri.getAuthority()
                + uri.getRawPath() + ", " + idempotency + "]";
    }

    /** Builds an {@link HttpCall}. */
    public static final class Builder {

        private final String operation;
        private final String method;
        private final URI uri;
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private byte[] body = new byte[0];
        private Idempotency idempotency = Idempotency.IDEMPOTENT;
        private RequestSigner signer = RequestSigner.NONE;
        private ResponseClassifier classifier = ResponseClassifier.STATUS_ONLY;
        private final List<String> sensitiveValues = new ArrayList<>();

        private Builder(String operation, String method, URI uri) {
            this.operation = operation;
            this.method = method;
            this.uri = uri;
        }

        /**
         * Adds a header value.
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            return this;
        }

        /**
         * Sets the body.
         *
         * @param bytes the exact bytes to send (and sign)
         * @return this builder
         */
        public Builder body(byte[] bytes) {
            this.body = bytes.clone();
            return this;
        }

        /**
         * Sets the body from UTF-8 text.
         *
         * @param text the text
         * @return this builder
         */
        public Builder body(String text) {
            return body(text.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * Declares whether repeating the call is safe; {@link Idempotency#IDEMPOTENT} by default.
         *
         * @param value the idempotency
         * @return this builder
         */
        public Builder idempotency(Idempotency value) {
            this.idempotency = value;
            return this;
        }

        /**
         * Sets the signer.
         *
         * @param value the signer
         * @return this builder
         */
        public Builder signer(RequestSigner value) {
            this.signer = value;
            return this;
        }

        /**
         * Sets the error mapping.
         *
         * @param value the classifier
         * @return this builder
         */
        public Builder classifier(ResponseClassifier value) {
            this.classifier = value;
            return this;
        }

        /**
         * Marks a value that must never be logged or appear in errors. {@code null} and empty values
         * are ignored.
         *
         * @param value the value
         * @return this builder
         */
        public Builder sensitive(String value) {
            if (value != null && !value.isEmpty()) {
                sensitiveValues.add(value);
            }
            return this;
        }

        /** {@return the call built} */
        public HttpCall build() {
            return new HttpCall(this);
        }
    }
}
