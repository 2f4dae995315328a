package dev.notesmcp.adapter.cimd;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The resolver alone: no socket is opened here, whatever addresses the resolution makes up. */
class GuardedDnsResolverTest {

    private final List<String> asked = new ArrayList<>();

    private GuardedDnsResolver resolving(String... addresses) {
        return new GuardedDnsResolver(host -> {
            asked.add(host);
            InetAddress[] result = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                result[i] = InetAddress.getByName(addresses[i]); // literals: parsed, not looked up
            }
            return result;
        }, new AddressGuard(false));
    }

    @Test
    void publicAddressesAreHandedToTheClientAsResolved() throws UnknownHostException {
        assertThat(resolving("203.0.113.7", "2001:db8::7").resolve("docs.cimd.test"))
                .extracting(InetAddress::getHostAddress).containsExactly("203.0.113.7", "2001:db8:0:0:0:0:0:7");
        assertThat(asked).containsExactly("docs.cimd.test");
    }

    @Test
    void aPrivateAddressIsRefusedWithTheReason() {
        assertThatThrownBy(() -> resolving("10.0.0.1").resolve("docs.cimd.test"))
                .isInstanceOf(GuardedDnsResolver.RefusedHostException.class)
                .hasMessageContaining("10.0.0.1").hasMessageContaining("a private address");
    }

    @Test
    void onePrivateAddressAmongPublicOnesRefusesTheHost() {
        assertThatThrownBy(() -> resolving("203.0.113.7", "169.254.169.254").resolve("docs.cimd.test"))
                .isInstanceOf(GuardedDnsResolver.RefusedHostException.class).hasMessageContaining("link-local");
    }

    @Test
    void loopbackIsRefusedUnlessAllowed() throws UnknownHostException {
        assertThatThrownBy(() -> resolving("127.0.0.1").resolve("docs.cimd.test")).hasMessageContaining("loopback");
        GuardedDnsResolver allowing = new GuardedDnsResolver(host -> new InetAddress[]{InetAddress.getLoopbackAddress()},
                new AddressGuard(true));
        assertThat(allowing.resolve("docs.cimd.test")).containsExactly(InetAddress.getLoopbackAddress());
    }

    @Test
    void aNameThatDoesNotResolveIsRefused() {
        GuardedDnsResolver unknown = new GuardedDnsResolver(host -> {
            throw new UnknownHostException(host);
        }, new AddressGuard(false));
        assertThatThrownBy(() -> unknown.resolve("nowhere.cimd.test"))
                .isInstanceOf(GuardedDnsResolver.RefusedHostException.class)
                .hasMessage("its host nowhere.cimd.test does not resolve");
        assertThatThrownBy(() -> resolving().resolve("empty.cimd.test")).hasMessageContaining("does not resolve");
    }

    @Test
    void anIpv6LiteralIsResolvedWithoutItsBrackets() {
        assertThatThrownBy(() -> resolving("fd00:ec2::254").resolve("[fd00:ec2::254]"))
                .hasMessageContaining("unique-local");
        assertThat(asked).containsExactly("fd00:ec2::254");
    }

    @Test
    void theCanonicalNameIsTheNameItself() {
        assertThat(resolving().resolveCanonicalHostname("docs.cimd.test")).isEqualTo("docs.cimd.test");
        assertThat(asked).isEmpty();
    }
}
