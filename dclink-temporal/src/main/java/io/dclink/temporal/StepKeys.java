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
    private static final int LONGEST_STEP = 24;

    private StepKeys() {
    }

    /** A step name of printable ASCII up to 24 characters is kept readable; a longer one is digested too. */
    static String of(String workflowId, String step) {
        String readable = step.length() <= LONGEST_STEP && step.chars().allMatch(c -> c > 32 && c < 127) ? step
                : "s" + digest(step).substring(0, LONGEST_STEP - 1);
        return digest(workflowId).substring(0, DIGEST_CHARS) + "." + readable;
    }

    private static String digest(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
