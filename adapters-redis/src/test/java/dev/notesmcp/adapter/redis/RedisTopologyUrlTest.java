package dev.notesmcp.adapter.redis;

import dev.notesmcp.adapter.redis.RedisUrl.Endpoint;
import dev.notesmcp.adapter.redis.RedisUrl.Topology;
import io.lettuce.core.RedisCredentials;
import io.lettuce.core.RedisURI;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code redis-sentinel://} and {@code redis-cluster://} URLs, and the Lettuce URIs built from them. */
class RedisTopologyUrlTest {

    @Test
    void sentinelUrlsReadAsLettuceReadsThem() {
        RedisUrl url = RedisUrl.parse("redis-sentinel://:s3cret@sentinel-a:26380,sentinel-b,[::1]:26381/2#my%20master");

        assertThat(url).isEqualTo(new RedisUrl(Topology.SENTINEL, false,
                List.of(new Endpoint("sentinel-a", 26380), new Endpoint("sentinel-b", 26379), new Endpoint("::1", 26381)),
                2, Optional.of("my master"), Optional.empty(), Optional.of("s3cret")));
    }

    @Test
    void redissSentinelMeansTlsToSentinelsAndMaster() {
        RedisSettings settings = RedisSettings.of("rediss-sentinel://app:pw@s1:26379,s2:26379/0#mymaster");

        RedisURI uri = LettuceClient.uris(settings).getFirst();

        assertThat(uri.getSentinelMasterId()).isEqualTo("mymaster");
        assertThat(uri.isSsl()).isTrue();
        assertThat(uri.getSentinels()).extracting(RedisURI::getHost).containsExactly("s1", "s2");
        assertThat(uri.getSentinels()).allMatch(RedisURI::isSsl);
        RedisCredentials credentials = uri.getCredentialsProvider().resolveCredentials().block();
        assertThat(credentials.getUsername()).isEqualTo("app");
        assertThat(new String(credentials.getPassword())).isEqualTo("pw");
    }

    @Test
    void clusterUrlsListTheSeeds() {
        RedisUrl url = RedisUrl.parse("rediss-cluster://default:pw@node-1:7000,node-2:7001,node-3");

        assertThat(url.topology()).isEqualTo(Topology.CLUSTER);
        assertThat(url.tls()).isTrue();
        assertThat(url.endpoints()).containsExactly(new Endpoint("node-1", 7000), new Endpoint("node-2", 7001),
                new Endpoint("node-3", 6379));
        assertThat(LettuceClient.uris(RedisSettings.of(url.toString().replace("****", "pw"))))
                .extracting(RedisURI::getPort).containsExactly(7000, 7001, 6379);
        assertThat(LettuceClient.uris(RedisSettings.of("redis-cluster://n1:7000/0"))).allMatch(uri -> !uri.isSsl());
    }

    @Test
    void aKeyPrefixCannotHoldAHashTag() {
        RedisSettings settings = RedisSettings.of("redis-cluster://n1:7000");

        assertThatThrownBy(() -> settings.withKeyPrefix("{notes}:"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cluster slot");
    }

    @Test
    void toStringMasksThePassword() {
        assertThat(RedisUrl.parse("redis-sentinel://:hunter2@s1,s2:26380/1#mymaster").toString())
                .isEqualTo("redis-sentinel://:****@s1:26379,s2:26380/1#mymaster");
        assertThat(RedisUrl.parse("rediss-cluster://u:hunter2@n1:7000,n2:7001").toString())
                .isEqualTo("rediss-cluster://u:****@n1:7000,n2:7001");
    }

    @Test
    void mistakesAreOneLineNamingTheVariableAndNeverThePassword() {
        for (String bad : new String[]{
                "redis-sentinel://:hunter2@s1:26379/0",            // no master name
                "redis-sentinel://:hunter2@s1:26379/0#",           // empty master name
                "redis-cluster://:hunter2@n1:7000/1",              // cluster has database 0 only
                "redis-cluster://:hunter2@n1:7000#mymaster",       // a master name on a cluster
                "redis-cluster://:hunter2@n1:7000,,n2:7001",       // an empty host
                "redis-cluster://:hunter2@n1:70000",               // port out of range
                "redis-cluster://:hunter2@n1:port",
                "redis-sentinel://:hunter2@s 1:26379#m",
                "redis-sentinel://:hunter2@s1?timeout=5s#m",
                "redis://:hunter2@h1:6379,h2:6379/0",              // several hosts need a topology
                "redis-socket:///tmp/hunter2.sock"}) {
            assertThatThrownBy(() -> RedisUrl.parse(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("REDIS_URL ")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2").doesNotContain("\n"));
        }
    }
}
