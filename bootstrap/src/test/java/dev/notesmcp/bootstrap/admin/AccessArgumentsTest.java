package dev.notesmcp.bootstrap.admin;

import dev.notesmcp.application.port.out.GrantRepository.GrantFilter;
import dev.notesmcp.bootstrap.admin.AccessArguments.ListClients;
import dev.notesmcp.bootstrap.admin.AccessArguments.ListGrants;
import dev.notesmcp.bootstrap.admin.AccessArguments.RevokeClient;
import dev.notesmcp.bootstrap.admin.AccessArguments.RevokeGrant;
import dev.notesmcp.bootstrap.admin.AccessArguments.RevokeUser;
import dev.notesmcp.bootstrap.admin.AccessArguments.ShowClient;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.GrantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AccessArgumentsTest {

    private static Optional<AccessArguments> parse(String line) {
        return AccessArguments.parse(List.of(line.split(" ")));
    }

    @Test
    void parsesEveryCommandWithJsonAnywhere() {
        assertThat(parse("clients list")).contains(new ListClients());
        assertThat(parse("clients show abc --json")).contains(new ShowClient(new ClientId("abc")));
        assertThat(parse("clients --json revoke abc")).contains(new RevokeClient(new ClientId("abc")));
        assertThat(parse("grants revoke g-1")).contains(new RevokeGrant(new GrantId("g-1")));
        assertThat(parse("users revoke github:42")).contains(new RevokeUser(new UserId("github:42")));
        assertThat(AccessArguments.json(List.of("clients", "list", "--json"))).isTrue();
        assertThat(AccessArguments.json(List.of("clients", "list"))).isFalse();
    }

    @Test
    void grantsListTakesEachFilterAtMostOnceInAnyOrder() {
        assertThat(parse("grants list")).contains(new ListGrants(GrantFilter.ALL));
        assertThat(parse("grants list --client c --user dev:alice")).contains(new ListGrants(
                new GrantFilter(Optional.of(new UserId("dev:alice")), Optional.of(new ClientId("c")))));
        assertThat(parse("grants list --user dev:a --user dev:b")).isEmpty();
        assertThat(parse("grants list --user")).isEmpty();
        assertThat(parse("grants list --since 1h")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"clients", "clients list extra", "clients show", "clients revoke a b", "grants revoke",
            "users revoke notauser", "users list", "clients show has%20space", "grants list --client not/ok"})
    void anythingElseIsAUsageError(String line) {
        assertThat(parse(line)).isEmpty();
    }
}
