package dev.notesmcp.bootstrap.hostile;

import dev.notesmcp.bootstrap.hostile.RawExchange.Request;

import java.util.Set;
import java.util.function.Function;

/**
 * One hostile request and what it must get: {@code request} is built against the fixture just
 * before it is sent (a row may open a consent page first); {@code browserRoute} allows our HTML
 * error page; {@code allowedServerErrors} names the only 5xx the row may get (RFC 9112 §6.1's 501).
 */
record HostileRow(String endpoint, String name, Function<Fixture, Request> request, Expect expect,
                  boolean browserRoute, Set<Integer> allowedServerErrors) {

    static HostileRow api(String endpoint, String name, Expect expect, Function<Fixture, Request> request) {
        return new HostileRow(endpoint, name, request, expect, false, Set.of());
    }

    static HostileRow browser(String endpoint, String name, Expect expect, Function<Fixture, Request> request) {
        return new HostileRow(endpoint, name, request, expect, true, Set.of());
    }

    HostileRow allowing(Integer... serverErrors) {
        return new HostileRow(endpoint, name, request, expect, browserRoute, Set.of(serverErrors));
    }

    @Override
    public String toString() {
        return endpoint + ": " + name + " → " + expect;
    }
}
