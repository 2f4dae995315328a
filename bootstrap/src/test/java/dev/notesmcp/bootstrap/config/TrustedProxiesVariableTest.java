package dev.notesmcp.bootstrap.config;

import dev.notesmcp.adapter.http.clientaddress.CidrBlock;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code TRUSTED_PROXIES} as the settings loader reads it (SettingsLoaderTest's style). */
class TrustedProxiesVariableTest {

    private static Settings load(String trustedProxies) {
        return SettingsLoader.load(Environment.of(Map.of("TRUSTED_PROXIES", trustedProxies)));
    }

    private static List<String> problems(String trustedProxies) {
        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class,
                () -> load(trustedProxies));
        assertThat(refused).as("settings should have been refused").isNotNull();
        return refused.problems();
    }

    @Test
    void unsetNothingIsTrusted() throws Exception {
        Settings settings = SettingsLoader.load(Environment.of(Map.of()));

        assertThat(settings.trustedProxies().blocks()).isEmpty();
        assertThat(settings.trustedProxies().trusts(InetAddress.getByName("127.0.0.1"))).isFalse();
    }

    @Test
    void readsIpv4AndIpv6BlocksAndSingleAddressesSeparatedByCommasOrSpaces() throws Exception {
        Settings settings = load(" 10.0.0.0/8, 192.0.2.7  fd00::/8,\t::1 ,");

        assertThat(settings.trustedProxies().blocks()).containsExactly(CidrBlock.parse("10.0.0.0/8"),
                CidrBlock.parse("192.0.2.7/32"), CidrBlock.parse("fd00::/8"), CidrBlock.parse("::1/128"));
        assertThat(settings.trustedProxies().trusts(InetAddress.getByName("10.20.30.40"))).isTrue();
        assertThat(settings.trustedProxies().trusts(InetAddress.getByName("192.0.2.8"))).isFalse();
    }

    @Test
    void everyBadEntryIsItsOwnLineSayingWhatToWrite() {
        assertThat(problems("10.0.0.0/8, 10.0.0.0/33, proxy.internal, 10.1.2.3/16")).containsExactly(
                "TRUSTED_PROXIES: '10.0.0.0/33' is not a CIDR block (address/prefix, e.g. 10.0.0.0/8 or fd00::/8,"
                        + " or a single address); the prefix must be 0 to 32",
                "TRUSTED_PROXIES: 'proxy.internal' is not a CIDR block (address/prefix, e.g. 10.0.0.0/8 or fd00::/8,"
                        + " or a single address)",
                "TRUSTED_PROXIES: '10.1.2.3/16' has bits set beyond its /16 prefix; did you mean 10.1.0.0/16?");
    }

    @Test
    void aBlockThatTrustsEveryoneIsRefused() {
        assertThat(problems("0.0.0.0/0, ::/0")).hasSize(2).allSatisfy(problem -> assertThat(problem)
                .startsWith("TRUSTED_PROXIES: '").contains("trusts every address, so any client could choose its own"));
    }
}
