package dev.notesmcp.bootstrap.admin;

import dev.notesmcp.application.port.out.GrantRepository.GrantFilter;
import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.GrantId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The arguments of {@code admin clients|grants|users …}, parsed; every mistake is a usage error. */
sealed interface AccessArguments {

    String USAGE = """
            usage: java -jar notes-mcp.jar admin clients list [--json]
                   java -jar notes-mcp.jar admin clients show CLIENT_ID [--json]
                   java -jar notes-mcp.jar admin clients revoke CLIENT_ID [--json]
                   java -jar notes-mcp.jar admin grants list [--user USER] [--client CLIENT_ID] [--json]
                   java -jar notes-mcp.jar admin grants revoke GRANT_ID [--json]
                   java -jar notes-mcp.jar admin users revoke USER [--json]
            exit codes: 0 done, 1 store failure, 2 usage or refused, 3 not found""";

    record ListClients() implements AccessArguments {
    }

    record ShowClient(ClientId id) implements AccessArguments {
    }

    record RevokeClient(ClientId id) implements AccessArguments {
    }

    record ListGrants(GrantFilter filter) implements AccessArguments {
    }

    record RevokeGrant(GrantId id) implements AccessArguments {
    }

    record RevokeUser(UserId user) implements AccessArguments {
    }

    /** Whether the arguments are for this command at all. */
    static boolean handles(List<String> arguments) {
        return !arguments.isEmpty() && List.of("clients", "grants", "users").contains(arguments.getFirst());
    }

    /** {@code --json} anywhere; the command otherwise; empty when the arguments are not a command. */
    static Optional<AccessArguments> parse(List<String> arguments) {
        List<String> words = new ArrayList<>(arguments);
        words.remove("--json");
        try {
            return Optional.ofNullable(switch (String.join(" ", words.subList(0, Math.min(2, words.size())))) {
                case "clients list" -> words.size() == 2 ? new ListClients() : null;
                case "clients show" -> words.size() == 3 ? new ShowClient(new ClientId(words.get(2))) : null;
                case "clients revoke" -> words.size() == 3 ? new RevokeClient(new ClientId(words.get(2))) : null;
                case "grants list" -> new ListGrants(grantFilter(words.subList(2, words.size())));
                case "grants revoke" -> words.size() == 3 ? new RevokeGrant(new GrantId(words.get(2))) : null;
                case "users revoke" -> words.size() == 3 ? new RevokeUser(new UserId(words.get(2))) : null;
                default -> null;
            });
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    static boolean json(List<String> arguments) {
        return arguments.contains("--json");
    }

    /** Each of {@code --user} and {@code --client} at most once, each with a value. */
    private static GrantFilter grantFilter(List<String> options) {
        Map<String, String> values = Options.parse(options, Set.of("--user", "--client"));
        return new GrantFilter(Optional.ofNullable(values.get("--user")).map(UserId::new),
                Optional.ofNullable(values.get("--client")).map(ClientId::new));
    }
}
