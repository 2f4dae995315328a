package dev.notesmcp.adapter.http.mcp;

import dev.notesmcp.adapter.http.common.HttpSettings;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.http.WritableHeaders;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The transport checks of {@code /mcp}, on headers alone. */
class McpTransportChecksTest {

    private static final String OWN = "https://notes.example.com";

    private final McpTransportChecks checks = new McpTransportChecks(HttpSettings.of(URI.create(OWN), List.of()));

    @Test
    void withoutAVersionHeaderNoneIsPassedOn() {
        assertThat(checks.check(json())).isEqualTo(new McpTransportChecks.Outcome.Passed(Optional.empty()));
        assertThat(McpTransportChecks.VERSION_WITHOUT_HEADER).isEqualTo("2025-03-26");
    }

    @Test
    void theVersionHeaderIsPassedOnForTheRouterToJudge() {
        assertThat(checks.check(json().add(McpTransportChecks.PROTOCOL_VERSION, "2025-11-25")))
                .isEqualTo(new McpTransportChecks.Outcome.Passed(Optional.of("2025-11-25")));
        assertThat(checks.check(json().add(McpTransportChecks.PROTOCOL_VERSION, "1900-01-01")))
                .isEqualTo(new McpTransportChecks.Outcome.Passed(Optional.of("1900-01-01")));
    }

    @Test
    void twoOriginHeadersAreForbiddenEvenWhenBothAreOurs() {
        WritableHeaders<?> headers = json().add(HeaderNames.ORIGIN, OWN).add(HeaderNames.ORIGIN, OWN);

        assertThat(checks.check(headers)).isEqualTo(new McpTransportChecks.Outcome.Refused(Status.FORBIDDEN_403,
                "Send at most one Origin header"));
    }

    @Test
    void oneOwnOriginPasses() {
        assertThat(checks.check(json().add(HeaderNames.ORIGIN, OWN)))
                .isInstanceOf(McpTransportChecks.Outcome.Passed.class);
    }

    @Test
    void twoVersionHeadersAreABadRequest() {
        WritableHeaders<?> headers = json().add(McpTransportChecks.PROTOCOL_VERSION, "2025-03-26")
                .add(McpTransportChecks.PROTOCOL_VERSION, "2025-06-18");

        assertThat(checks.check(headers)).isInstanceOfSatisfying(McpTransportChecks.Outcome.Refused.class,
                refused -> assertThat(refused.status()).isEqualTo(Status.BAD_REQUEST_400));
    }

    @Test
    void onlyTheFirstVersionAllowsBatches() {
        assertThat(McpTransportChecks.allowsBatches("2025-03-26")).isTrue();
        assertThat(McpTransportChecks.allowsBatches("2025-06-18")).isFalse();
        assertThat(McpTransportChecks.allowsBatches("2025-11-25")).isFalse();
    }

    private static WritableHeaders<?> json() {
        return WritableHeaders.create().add(HeaderNames.CONTENT_TYPE, "application/json");
    }
}
