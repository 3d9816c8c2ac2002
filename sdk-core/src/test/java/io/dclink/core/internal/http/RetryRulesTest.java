package io.dclink.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.RetryOptions;
import io.dclink.error.AuthenticationException;
import io.dclink.error.ErrorContext;
import io.dclink.error.ProviderUnavailableException;
import io.dclink.error.ThrottledException;
import io.dclink.spi.Idempotency;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryRulesTest {

    private static final RetryOptions OPTIONS = new RetryOptions(4, Duration.ofMillis(100), Duration.ofSeconds(5));
    private static final ErrorContext RETRYABLE = ErrorContext.of("p").withRetryable(true);

    @Test
    void theDecisionTableOfRetries() {
        var throttled = new ThrottledException("t", RETRYABLE, null);
        var sentMaybe = new ProviderUnavailableException("u", RETRYABLE, true, null);
        var neverSent = new ProviderUnavailableException("u", RETRYABLE, false, null);
        var auth = new AuthenticationException("a", ErrorContext.of("p"), null);
        var longWait = new ThrottledException("t", RETRYABLE.withRetryAfter(Duration.ofMinutes(1)), null);

        for (Idempotency idempotency : Idempotency.values()) {
            boolean safe = idempotency != Idempotency.NOT_IDEMPOTENT;
            assertThat(RetryRules.shouldRetry(throttled, idempotency, OPTIONS)).as("throttled %s", idempotency).isTrue();
            assertThat(RetryRules.shouldRetry(neverSent, idempotency, OPTIONS)).as("never sent %s", idempotency).isTrue();
            assertThat(RetryRules.shouldRetry(sentMaybe, idempotency, OPTIONS)).as("maybe sent %s", idempotency).isEqualTo(safe);
            assertThat(RetryRules.shouldRetry(auth, idempotency, OPTIONS)).as("auth %s", idempotency).isFalse();
            assertThat(RetryRules.shouldRetry(longWait, idempotency, OPTIONS)).as("long Retry-After %s", idempotency).isFalse();
            assertThat(RetryRules.shouldRetry(new IllegalStateException(), idempotency, OPTIONS)).isFalse();
        }
    }

    @Test
    void retryAfterIsTheDelayWhenGiven() {
        var throttled = new ThrottledException("t", RETRYABLE.withRetryAfter(Duration.ofSeconds(3)), null);

        assertThat(RetryRules.delayMillis(1, throttled, OPTIONS)).isEqualTo(3000);
        for (int attempt = 1; attempt <= 10; attempt++) {
            long ceiling = Math.min(5000, 100L << (attempt - 1));
            assertThat(RetryRules.delayMillis(attempt, null, OPTIONS)).isBetween(0L, ceiling);
        }
    }

    @Test
    void logsShowNeitherAuthorisationHeadersNorSignatureParameters() {
        assertThat(Redaction.headers(Map.of("Authorization", List.of("TC3-HMAC-SHA256 Credential=x, Signature=y"),
                "X-TC-Token", List.of("t"), "x-acs-security-token", List.of("s"), "X-TC-Action", List.of("DescribeX"))))
                .containsEntry("Authorization", "****").containsEntry("X-TC-Token", "****")
                .containsEntry("x-acs-security-token", "****").containsEntry("X-TC-Action", "DescribeX");
        assertThat(Redaction.uri(java.net.URI.create(
                "https://vpc.aliyuncs.com/?Action=X&Signature=abc%3D&SecurityToken=t&AccessKeyId=id")))
                .isEqualTo("https://vpc.aliyuncs.com/?Action=X&Signature=****&SecurityToken=****&AccessKeyId=id");
        assertThat(Redaction.uri(java.net.URI.create(
                "https://vpc.aliyuncs.com/?AuthKey=k&PMInfo.1.PMCertificateNo=110101&PMInfo.1.PMName=Li")))
                .as("short keys escape value scrubbing; their names do not")
                .isEqualTo("https://vpc.aliyuncs.com/?AuthKey=****&PMInfo.1.PMCertificateNo=****&PMInfo.1.PMName=Li");
    }

    @Test
    void loggedBodiesHideSecretNamedFieldsWhateverTheProvider() {
        String tencent = "{\"BgpPeer\":{\"Asn\":65001,\"AuthKey\":\"md5 \\\"key\\\"\"},\"Name\":\"t\"}";
        String alibaba = "Action=CreateBgpGroup&AuthKey=k3y&PeerAsn=65001&SecurityToken=tok";
        String macsec = "{\"MacsecKeys\":[{\"Cak\":\"c4k\",\"Ckn\":\"ckn1\",\"CipherSuite\":\"GCM\"}]}";
        String loa = "{\"PMInfo\":{\"PMInfo\":[{\"PMName\":\"Li\",\"PMCertificateNo\":\"110101199001011234\"}]}}";

        assertThat(Redaction.body(tencent)).isEqualTo("{\"BgpPeer\":{\"Asn\":65001,\"AuthKey\":\"****\"},\"Name\":\"t\"}");
        assertThat(Redaction.body(alibaba)).isEqualTo("Action=CreateBgpGroup&AuthKey=****&PeerAsn=65001&SecurityToken=****");
        assertThat(Redaction.body(macsec)).doesNotContain("c4k", "ckn1").contains("\"CipherSuite\":\"GCM\"");
        assertThat(Redaction.body(loa)).doesNotContain("110101199001011234").contains("\"PMName\":\"Li\"");
    }
}
