package dev.notesmcp.adapter.http.clientaddress;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A range of addresses, {@code 10.0.0.0/8} or {@code fd00::/8}; a single address is its own
 * block ({@code /32}, {@code /128}). Matching compares address bytes, so it never resolves a name.
 */
public record CidrBlock(InetAddress network, int prefixLength) {

    private static final String EXAMPLE = "(address/prefix, e.g. 10.0.0.0/8 or fd00::/8, or a single address)";

    public CidrBlock {
        Objects.requireNonNull(network, "network");
        int bits = network.getAddress().length * 8;
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " outside 0.." + bits);
        }
        if (!network.equals(masked(network, prefixLength))) {
            throw new IllegalArgumentException("host bits set beyond the /" + prefixLength + " prefix");
        }
    }

    /**
     * Reads a block as an operator writes it. The messages quote the entry and say what to write instead.
     *
     * @throws IllegalArgumentException when {@code text} is not a block or a single address
     */
    public static CidrBlock parse(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        InetAddress network = IpLiteral.parse(address).orElseThrow(
                () -> new IllegalArgumentException("'" + text + "' is not a CIDR block " + EXAMPLE));
        int bits = network.getAddress().length * 8;
        // An IPv4-mapped IPv6 address (::ffff:10.0.0.0) comes back as IPv4: its prefix counts 96 bits fewer.
        int offset = IpLiteral.isIpv6(address) && network instanceof Inet4Address ? 96 : 0;
        int prefix = slash < 0 ? bits : prefixOf(text, text.substring(slash + 1), bits + offset) - offset;
        if (prefix < 0) {
            throw new IllegalArgumentException("'" + text + "' is not a CIDR block " + EXAMPLE);
        }
        InetAddress masked = masked(network, prefix);
        if (!masked.equals(network)) {
            throw new IllegalArgumentException("'" + text + "' has bits set beyond its /" + (prefix + offset)
                    + " prefix; did you mean " + masked.getHostAddress() + "/" + prefix + "?");
        }
        return new CidrBlock(network, prefix);
    }

    public boolean contains(InetAddress address) {
        return Arrays.equals(maskedBytes(address.getAddress(), prefixLength), network.getAddress());
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + prefixLength;
    }

    private static int prefixOf(String text, String digits, int bits) {
        if (!digits.matches("[0-9]{1,3}") || Integer.parseInt(digits) > bits) {
            throw new IllegalArgumentException("'" + text + "' is not a CIDR block " + EXAMPLE
                    + "; the prefix must be 0 to " + bits);
        }
        return Integer.parseInt(digits);
    }

    private static byte[] maskedBytes(byte[] bytes, int prefixLength) {
        for (int i = 0; i < bytes.length; i++) {
            int keep = Math.max(0, Math.min(8, prefixLength - i * 8));
            bytes[i] &= (byte) (0xff << (8 - keep));
        }
        return bytes;
    }

    private static InetAddress masked(InetAddress address, int prefixLength) {
        try {
            return InetAddress.getByAddress(maskedBytes(address.getAddress(), prefixLength));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a 4- or 16-byte address is always valid", e);
        }
    }
}
