package dev.notesmcp.bootstrap.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The repository's render.yaml gives the server settings it accepts, and only variables it reads:
 * a value Render fills in (database, Key Value, generated secret, prompted values) stands in as a
 * value of the same shape, and each variable is "known" when spoiling or dropping it makes
 * SettingsLoader name it.
 */
class RenderBlueprintTest {

    private static JsonNode blueprint;

    @BeforeAll
    static void read() throws IOException {
        blueprint = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "render.yaml").toFile());
    }

    @Test
    void theWebServiceStartsOnPostgresAndRedisWithGitHubBehindRendersProxy() {
        JsonNode web = service("web");
        assertThat(web.path("healthCheckPath").asText()).isEqualTo("/health");
        Map<String, String> env = environment(web);
        assertThat(env).containsEntry("STORE", "postgres").containsEntry("EPHEMERAL_STORE", "redis")
                .containsKeys("DATABASE_URL", "REDIS_URL", "JWT_SIGNING_SECRET", "PUBLIC_URL",
                        "GITHUB_CLIENT_ID", "GITHUB_CLIENT_SECRET", "TRUSTED_PROXIES");

        Settings settings = SettingsLoader.load(Environment.of(env));

        assertThat(settings.host()).isEqualTo("0.0.0.0");
        assertThat(settings.publicUrl()).isEqualTo(URI.create("https://notes-mcp.onrender.com"));
    }

    @Test
    void everyVariableItSetsIsOneTheServerReads() {
        Map<String, String> env = environment(service("web"));
        for (String name : env.keySet()) {
            Map<String, String> spoiled = new LinkedHashMap<>(env);
            spoiled.put(name, "not valid!");
            Map<String, String> dropped = new LinkedHashMap<>(env);
            dropped.remove(name);
            assertThat(problems(spoiled).stream().anyMatch(p -> p.contains(name))
                    || problems(dropped).stream().anyMatch(p -> p.contains(name)))
                    .as("%s should be a variable the server reads", name)
                    .isTrue();
        }
    }

    @Test
    void theDatabaseAndKeyValueItWiresAreDeclared() {
        JsonNode web = service("web");
        JsonNode keyValue = service("keyvalue");
        for (JsonNode variable : web.path("envVars")) {
            if (variable.has("fromDatabase")) {
                assertThat(names(blueprint.path("databases"))).contains(variable.path("fromDatabase").path("name").asText());
            }
            if (variable.has("fromService")) {
                assertThat(variable.path("fromService").path("name").asText()).isEqualTo(keyValue.path("name").asText());
            }
        }
        assertThat(keyValue.path("maxmemoryPolicy").asText()).isEqualTo("noeviction");
    }

    private static JsonNode service(String type) {
        for (JsonNode service : blueprint.path("services")) {
            if (service.path("type").asText().equals(type)) {
                return service;
            }
        }
        throw new AssertionError("render.yaml has no service of type " + type);
    }

    private static List<String> names(JsonNode list) {
        return list.findValuesAsText("name");
    }

    /** The variables as Render would set them, with what Render fills in made up in the same shape. */
    private static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode variable : service.path("envVars")) {
            String key = variable.path("key").asText();
            if (variable.has("value")) {
                env.put(key, variable.path("value").asText());
            } else if (variable.has("fromDatabase")) {
                env.put(key, "postgresql://notes:pw@dpg-example-a/notes");
            } else if (variable.has("fromService")) {
                env.put(key, "redis://red-example:6379");
            } else if (variable.path("generateValue").asBoolean()) {
                env.put(key, "q83vEjRWL8N4m8Q1jK0pRk2l7xY3bA9cD5eF6gH7iJ0=");
            } else {
                env.put(key, switch (key) {
                    case "PUBLIC_URL" -> "https://notes-mcp.onrender.com";
                    default -> "prompted-" + key.toLowerCase();
                });
            }
        }
        return env;
    }

    private static List<String> problems(Map<String, String> env) {
        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class,
                () -> SettingsLoader.load(Environment.of(env)));
        return refused == null ? List.of() : refused.problems();
    }
}
