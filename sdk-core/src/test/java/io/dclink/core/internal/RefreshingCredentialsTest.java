package io.dclink.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.DirectConnect;
import io.dclink.auth.AccessKeyCredentials;
import io.dclink.auth.Credentials;
import io.dclink.auth.ExpiringCredentials;
import io.dclink.core.testplugin.AlphaStore;
import io.dclink.core.testserver.MutableClock;
import io.dclink.error.AuthenticationException;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Refreshing credentials: fetched when the client is built and again five minutes before they
 * expire, on the client's clock; a failed fetch keeps valid credentials and is an authentication
 * error once none are valid. The alpha plugin shows what its context hands a signer.
 */
class RefreshingCredentialsTest {

    private static final Instant START = Instant.parse("2030-01-07T02:00:00Z");

    private final AlphaStore store = AlphaStore.create();
    private final MutableClock clock = new MutableClock(START);
    private final AtomicInteger fetches = new AtomicInteger();
    private final Deque<Object> answers = new ArrayDeque<>();

    private ExpiringCredentials fetch() {
        fetches.incrementAndGet();
        Object next = answers.removeFirst();
        if (next instanceof RuntimeException failure) {
            throw failure;
        }
        return new ExpiringCredentials((Credentials) next, clock.instant().plus(Duration.ofMinutes(15)));
    }

    private DirectConnect client() {
        DirectConnect client = DirectConnect.builder().provider("alpha").region("r").property("store", store.id)
                .clock(clock).refreshingCredentials(this::fetch).build();
        client.connections().list().stream().count();
        return client;
    }

    private String signingKeyId() {
        return ((AccessKeyCredentials) store.lastContext.credentials()).accessKeyId();
    }

    @Test
    void theCredentialsAreFetchedAgainFiveMinutesBeforeTheyExpire() {
        answers.add(Credentials.temporaryAccessKey("first", "s1", "t1"));
        answers.add(Credentials.temporaryAccessKey("second", "s2", "t2"));

        try (DirectConnect client = client()) {
            assertThat(client.region()).contains("r");
            assertThat(signingKeyId()).isEqualTo("first");
            clock.advance(Duration.ofMinutes(9));
            assertThat(signingKeyId()).as("six minutes left").isEqualTo("first");
            assertThat(fetches).hasValue(1);
            clock.advance(Duration.ofMinutes(2));
            assertThat(signingKeyId()).as("four minutes left").isEqualTo("second");
            assertThat(signingKeyId()).isEqualTo("second");
        }
        assertThat(fetches).hasValue(2);
    }

    @Test
    void aFailedFetchKeepsValidCredentialsAndIsAnAuthenticationErrorOnceTheyExpired() {
        answers.add(Credentials.temporaryAccessKey("only", "s1", "t1"));
        answers.add(new IllegalStateException("STS is down"));
        answers.add(new IllegalStateException("STS is still down"));

        try (DirectConnect client = client()) {
            assertThat(client.region()).contains("r");
            clock.advance(Duration.ofMinutes(12));
            assertThat(signingKeyId()).as("three minutes left: the fetch failed, the key still works").isEqualTo("only");
            clock.advance(Duration.ofMinutes(4));

            assertThatThrownBy(this::signingKeyId).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("no valid credentials are left (the last ones expired at "
                            + START.plus(Duration.ofMinutes(15)) + ")")
                    .hasRootCauseMessage("STS is still down");
        }
        assertThat(fetches).hasValue(3);
    }

    @Test
    void aSupplierThatFailsOrGivesTheWrongKindIsAValidationErrorWhenTheClientIsBuilt() {
        answers.add(new IllegalStateException("no role to assume"));
        answers.add(Credentials.apiKey("a-bearer-key"));

        assertThatThrownBy(this::client).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                .extracting(Problem::field).containsExactly("credentials"));
        assertThatThrownBy(this::client).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                .extracting(Problem::message).singleElement().asString().contains("alpha needs an alpha key pair"));
    }

    @Test
    void aRefreshOfTheWrongKindIsAnAuthenticationErrorNamingWhatTheProviderNeeds() {
        answers.add(Credentials.temporaryAccessKey("first", "s1", "t1"));
        answers.add(Credentials.apiKey("a-bearer-key"));

        try (DirectConnect client = client()) {
            assertThat(client.region()).contains("r");
            clock.advance(Duration.ofMinutes(11));

            assertThatThrownBy(this::signingKeyId).as("the plugin asks for the credentials to sign a request")
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("alpha needs an alpha key pair")
                    .hasMessageNotContaining("a-bearer-key");
        }
    }
}
