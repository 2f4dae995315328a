package dev.notesmcp.adapter.cimd;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name (or a literal address, which is parsed, not looked up) into its addresses. */
@FunctionalInterface
interface HostResolution {

    /** The JVM's resolver: the system's DNS, behind the JVM's own address cache. */
    HostResolution SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
