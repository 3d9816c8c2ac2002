package io.dclink.temporal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Idempotency keys from a workflow id and a step: the same on every attempt and every replay of
 * that step, different for every other step and workflow, and within dclink's 64 printable
 * characters however long the workflow id is.
 */
final class StepKeys {

    private static final int DIGEST_CHARS = 32;

    private StepKeys() {
    }

    static String of(String workflowId, String step) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(workflowId.getBytes(StandardCharsets.UTF_8));
            String base = Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, DIGEST_CHARS);
            return base + "." + step;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
