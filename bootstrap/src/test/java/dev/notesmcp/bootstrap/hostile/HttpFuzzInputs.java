package dev.notesmcp.bootstrap.hostile;

import dev.notesmcp.domain.fuzz.HostileStrings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The inputs {@link HttpFuzzEndToEndTest} draws: request bodies, tool arguments, client metadata, token requests. */
final class HttpFuzzInputs {

    /** Each tool with the arguments it takes, so most calls get past the name and reach the values. */
    static final Map<String, List<String>> TOOLS = Map.of(
            "create_note", List.of("title", "content", "tags"),
            "list_notes", List.of("limit", "cursor", "tag"),
            "get_note", List.of("id"),
            "update_note", List.of("id", "title", "content", "tags"),
            "delete_note", List.of("id"),
            "search_notes", List.of("query", "limit"),
            "no_such_tool", List.of("x"));
    static final String[] TOOL_NAMES = TOOLS.keySet().stream().sorted().toArray(String[]::new);

    private HttpFuzzInputs() {
    }

    static byte[] mcpBody(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> HostileStrings.any(random, 300).getBytes(StandardCharsets.UTF_8);
            case 4 -> jsonValue(random).getBytes(StandardCharsets.UTF_8);
            case 1 -> randomBytes(random, 200);
            case 2 -> ("{\"jsonrpc\":" + jsonValue(random) + ",\"id\":" + jsonValue(random) + ",\"method\":"
                    + jsonValue(random) + ",\"params\":" + jsonValue(random) + "}").getBytes(StandardCharsets.UTF_8);
            default -> mutate(random, Fixture.toolCall("create_note", "{\"title\":\"t\",\"tags\":[\"a\"]}"));
        };
    }

    static String arguments(Random random, List<String> names) {
        if (random.nextInt(10) == 0) {
            return jsonValue(random);
        }
        StringBuilder json = new StringBuilder("{");
        for (String name : names) {
            if (random.nextInt(10) < 7) {
                json.append(json.length() == 1 ? "" : ",").append('"').append(name).append("\":")
                        .append(random.nextInt(3) == 0 ? jsonValue(random) : jsonString(HostileStrings.any(random, 60)));
            }
        }
        return json.append('}').toString();
    }

    static String clientMetadata(Random random) {
        String[] fields = {"client_name", "redirect_uris", "token_endpoint_auth_method", "grant_types", "response_types",
                "scope", "client_uri"};
        StringBuilder json = new StringBuilder("{\"redirect_uris\":").append(random.nextBoolean()
                ? "[\"" + Fixture.REDIRECT_URI + "\"]" : "[" + jsonString(HostileStrings.any(random, 80)) + "]");
        for (int i = random.nextInt(4); i > 0; i--) {
            json.append(",\"").append(pick(random, fields)).append("\":").append(jsonValue(random));
        }
        String metadata = json.append('}').toString();
        return random.nextInt(5) == 0 ? new String(mutate(random, metadata), StandardCharsets.UTF_8) : metadata;
    }

    static String tokenForm(Random random) {
        String[] names = {"grant_type", "code", "redirect_uri", "code_verifier", "refresh_token", "client_id",
                "client_secret", "scope", "resource", "%zz", ""};
        StringBuilder form = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            form.append(form.isEmpty() ? "" : "&").append(pick(random, names)).append('=')
                    .append(random.nextBoolean() ? HostileStrings.fromAlphabet(random, 20, "%zZ09afAF+&=;")
                            : java.net.URLEncoder.encode(HostileStrings.any(random, 40), StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    static String basicCredentials(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> "Basic " + HostileStrings.printableAscii(random, 40);
            case 2 -> "Basic " + java.util.Base64.getEncoder().encodeToString(randomBytes(random, 40));
            default -> Fixture.basic(HostileStrings.fromAlphabet(random, 12, "%zZ09:+"),
                    HostileStrings.any(random, 20));
        };
    }

    /** A JSON value of any type, strings escaped so lone surrogates and controls reach the parser as \\u escapes. */
    static String jsonValue(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> "null";
            case 1 -> String.valueOf(random.nextLong());
            case 2 -> String.valueOf(random.nextDouble() * 1e300);
            case 3 -> random.nextBoolean() ? "true" : "false";
            case 4 -> "[" + jsonString(HostileStrings.any(random, 30)) + "]";
            case 5 -> "{\"a\":" + jsonString(HostileStrings.any(random, 30)) + "}";
            default -> jsonString(HostileStrings.any(random, 120));
        };
    }

    static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e || c == '"' || c == '\\'
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.append('"').toString();
    }

    /** A valid message with a few bytes flipped, dropped or inserted. */
    static byte[] mutate(Random random, String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        for (int i = random.nextInt(4) + 1; i > 0; i--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    static byte[] randomBytes(Random random, int maxLength) {
        byte[] bytes = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
