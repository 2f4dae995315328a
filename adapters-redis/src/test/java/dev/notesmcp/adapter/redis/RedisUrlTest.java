package dev.notesmcp.adapter.redis;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisUrlTest {

    @Test
    void hostAndPortWithDefaults() {
        RedisUrl url = RedisUrl.parse("redis://127.0.0.1:6379");

        assertThat(url).isEqualTo(new RedisUrl(false, "127.0.0.1", 6379, 0, Optional.empty(), Optional.empty()));
    }

    @Test
    void portDefaultsTo6379() {
        assertThat(RedisUrl.parse("redis://cache.internal").port()).isEqualTo(6379);
    }

    @Test
    void passwordOnlyAndDatabase() {
        RedisUrl url = RedisUrl.parse("redis://:s3cret@cache:6380/2");

        assertThat(url.password()).contains("s3cret");
        assertThat(url.username()).isEmpty();
        assertThat(url.port()).isEqualTo(6380);
        assertThat(url.database()).isEqualTo(2);
    }

    @Test
    void usernameAndPasswordPercentDecoded() {
        RedisUrl url = RedisUrl.parse("redis://app%40x:p%3Aw%2Fd+1@cache:6379/0");

        assertThat(url.username()).contains("app@x");
        assertThat(url.password()).contains("p:w/d+1");
    }

    @Test
    void aLoneUserInfoIsThePassword() {
        RedisUrl url = RedisUrl.parse("redis://s3cret@cache:6379");

        assertThat(url.password()).contains("s3cret");
        assertThat(url.username()).isEmpty();
    }

    @Test
    void redissMeansTls() {
        RedisUrl url = RedisUrl.parse("rediss://default:pw@redis.example.com:6380/1");

        assertThat(url.tls()).isTrue();
        assertThat(url.username()).contains("default");
        assertThat(url.database()).isEqualTo(1);
    }

    @Test
    void toStringMasksThePassword() {
        String shown = RedisUrl.parse("rediss://default:hunter2@redis.example.com:6380/1").toString();

        assertThat(shown).doesNotContain("hunter2").isEqualTo("rediss://default:****@redis.example.com:6380/1");
    }

    @Test
    void mistakesNameTheVariableAndNeverThePassword() {
        for (String bad : new String[]{"", "http://:hunter2@host:6379", "redis://:hunter2@host:6379/abc",
                "redis://:hunter2@host:99999", "redis://:hunter2@:6379", "redis://:hunter2@ho st:6379",
                "redis://:hunter2@host:6379/-1"}) {
            assertThatThrownBy(() -> RedisUrl.parse(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("REDIS_URL")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
        }
    }

    @Test
    void settingsDefaults() {
        RedisSettings settings = RedisSettings.of("redis://127.0.0.1:6379/0");

        assertThat(settings.connectTimeout()).hasSeconds(2);
        assertThat(settings.commandTimeout()).hasSeconds(2);
        assertThat(settings.keyPrefix()).isEqualTo("notes-mcp:");
    }
}
