package dev.notesmcp.adapter.http.clientaddress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CidrBlockTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
            "10.0.0.0/8, 10.255.3.4, true",
            "10.0.0.0/8, 11.0.0.1, false",
            "10.0.0.0/8, 9.255.255.255, false",
            "192.0.2.7, 192.0.2.7, true",
            "192.0.2.7, 192.0.2.8, false",
            "172.16.0.0/12, 172.31.255.255, true",
            "172.16.0.0/12, 172.32.0.0, false",
            "100.64.0.0/10, 100.127.0.1, true",
            "fd00::/8, fd12:3456::1, true",
            "fd00::/8, fe80::1, false",
            "2001:db8::/32, 2001:db8:ffff::1, true",
            "2001:db8::/32, 2001:db9::1, false",
            "::1, ::1, true",
            "::1, ::2, false",
            // One family never matches the other.
            "10.0.0.0/8, a00:1::, false",
            "::/1, 10.0.0.1, false",
            // An IPv4-mapped block is an IPv4 block, and IPv4-mapped peers are IPv4 addresses.
            "::ffff:10.0.0.0/104, 10.1.2.3, true",
            "10.0.0.0/8, ::ffff:10.1.2.3, true",
    })
    void matchesAddressesByTheirBits(String block, String address, boolean contained) throws Exception {
        assertThat(CidrBlock.parse(block).contains(InetAddress.getByName(address))).isEqualTo(contained);
    }

    @Test
    void aSingleAddressIsAFullLengthBlock() {
        assertThat(CidrBlock.parse("192.0.2.7").prefixLength()).isEqualTo(32);
        assertThat(CidrBlock.parse("2001:db8::7").prefixLength()).isEqualTo(128);
        assertThat(CidrBlock.parse("fd00::/8")).hasToString("fd00:0:0:0:0:0:0:0/8");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10.0.0.0/33 | '10.0.0.0/33' is not a CIDR block (address/prefix, e.g. 10.0.0.0/8 or fd00::/8, or a single"
                    + " address); the prefix must be 0 to 32",
            "fd00::/129 | 'fd00::/129' is not a CIDR block (address/prefix, e.g. 10.0.0.0/8 or fd00::/8, or a single"
                    + " address); the prefix must be 0 to 128",
            "10.0.0.1/8 | '10.0.0.1/8' has bits set beyond its /8 prefix; did you mean 10.0.0.0/8?",
            "example.com | 'example.com' is not a CIDR block (address/prefix, e.g. 10.0.0.0/8 or fd00::/8, or a single"
                    + " address)",
    })
    void refusalsQuoteTheEntryAndSayWhatToWrite(String entry, String message) {
        assertThatThrownBy(() -> CidrBlock.parse(entry)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10.0.0", "10.0.0.0.0", "256.0.0.0/8", "010.0.0.0/8", "10.0.0.0/", "10.0.0.0/-1",
            "10.0.0.0/8/8", "10.0.0.0/ 8", "10.0.0.0/08x", "[::1]", "fe80::1%eth0", "1.2.3.4:80", "::ffff:10.0.0.0/8",
            "localhost", "10.0.0.0/8,", "1::2::3"})
    void refusesAnythingElseWithoutAskingDns(String entry) {
        assertThatThrownBy(() -> CidrBlock.parse(entry)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'" + entry + "' ");
    }
}
