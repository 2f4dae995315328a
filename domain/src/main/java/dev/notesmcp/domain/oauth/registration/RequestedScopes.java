package dev.notesmcp.domain.oauth.registration;

import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.WellFormedText;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scopes a client is registered with. No {@code scope} means every scope; names this server
 * does not offer ({@code openid}, {@code offline_access}, another server's scopes) are dropped,
 * since clients copy {@code scope} from metadata or send their usual set (RFC 7591 §2: the server
 * may register fewer). Refused only when none of the names is offered here.
 */
final class RequestedScopes {

    private RequestedScopes() {
    }

    static Scopes narrowed(Optional<String> requested) {
        if (requested.isEmpty() || requested.get().isBlank()) {
            return Scopes.all();
        }
        WellFormedText.require("scope", requested.get());
        Set<Scope> offered = Arrays.stream(requested.get().strip().split(" +"))
                .flatMap(name -> Arrays.stream(Scope.values()).filter(scope -> scope.value().equals(name)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope.class)));
        if (offered.isEmpty()) {
            throw new InvalidValueException("scope", "none of the requested scopes is offered here; this server"
                    + " offers " + Scopes.all().asString() + " (leave scope out to register them all)");
        }
        return new Scopes(offered);
    }
}
