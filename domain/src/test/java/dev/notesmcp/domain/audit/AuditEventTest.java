package dev.notesmcp.domain.audit;

import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditEventTest {

    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");

    @Test
    void anEventKeepsItsIdentifiersAndDetails() {
        AuditEvent event = AuditEvent.of(T0, AuditEventKind.TOOL_CALLED).user(new UserId("github:1"))
                .client(new ClientId("abc")).with(AuditDetail.TOOL, "create_note")
                .with(AuditDetail.OUTCOME, "ok").duration(Duration.ofMillis(12));

        assertThat(event.user()).contains(new UserId("github:1"));
        assertThat(event.client()).contains(new ClientId("abc"));
        assertThat(event.details()).containsExactly(Map.entry(AuditDetail.TOOL, "create_note"),
                Map.entry(AuditDetail.OUTCOME, "ok"), Map.entry(AuditDetail.DURATION_MS, "12"));
    }

    @Test
    void aDetailRefusesFreeTextWithoutRepeatingIt() {
        AuditEvent event = AuditEvent.of(T0, AuditEventKind.TOOL_CALLED);

        assertThatThrownBy(() -> event.with(AuditDetail.TOOL, "my secret note text"))
                .isInstanceOf(InvalidValueException.class).message().doesNotContain("secret");
        assertThatThrownBy(() -> event.with(AuditDetail.OUTCOME, "x".repeat(65)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> event.with(AuditDetail.DURATION_MS, "12ms"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new AuditEvent(T0, AuditEventKind.TOKEN_ISSUED, Optional.empty(), Optional.empty(),
                Map.of(AuditDetail.PROVIDER, "Bearer eyJ")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aClientAddressIsAnIpAddressWithoutPortOrName() {
        AuditEvent event = AuditEvent.of(T0, AuditEventKind.SIGN_IN_SUCCEEDED);

        for (String address : new String[]{"203.0.113.7", "127.0.0.1", "::1", "2001:db8::7", "::ffff:192.0.2.1",
                "fe80::1%eth0"}) {
            assertThat(event.with(AuditDetail.CLIENT_ADDRESS, address).detail(AuditDetail.CLIENT_ADDRESS)).contains(address);
        }
        for (String notAnAddress : new String[]{"203.0.113.7:443", "[::1]:8080", "localhost", "10.0.0.1, 10.0.0.2",
                "unknown", ""}) {
            assertThatThrownBy(() -> event.with(AuditDetail.CLIENT_ADDRESS, notAnAddress))
                    .as(notAnAddress).isInstanceOf(InvalidValueException.class);
        }
        assertThat(AuditDetail.CLIENT_ADDRESS.isNumber()).isFalse();
        assertThat(AuditDetail.DURATION_MS.isNumber()).isTrue();
    }

    @Test
    void detailsCannotBeChangedAfterwards() {
        AuditEvent event = AuditEvent.of(T0, AuditEventKind.GRANT_REVOKED).with(AuditDetail.REVOKED_BY, "admin");

        assertThatThrownBy(() -> event.details().put(AuditDetail.TOOL, "x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aQueryMatchesByUserClientAndInclusiveSince() {
        AuditEvent event = AuditEvent.of(T0, AuditEventKind.TOKEN_ISSUED).user(new UserId("github:1"))
                .client(new ClientId("abc"));

        assertThat(AuditQuery.latest(10).user(new UserId("github:1")).client(new ClientId("abc")).since(T0)
                .matches(event)).isTrue();
        assertThat(AuditQuery.latest(10).user(new UserId("github:2")).matches(event)).isFalse();
        assertThat(AuditQuery.latest(10).client(new ClientId("other")).matches(event)).isFalse();
        assertThat(AuditQuery.latest(10).since(T0.plusNanos(1)).matches(event)).isFalse();
        assertThatThrownBy(() -> AuditQuery.latest(0)).isInstanceOf(InvalidValueException.class);
    }
}
