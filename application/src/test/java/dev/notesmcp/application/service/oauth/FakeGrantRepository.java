package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.GrantRepository;
import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.oauth.GrantId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The simplest store that keeps the port's promises: two maps, one lock. */
final class FakeGrantRepository implements GrantRepository {

    private static final Comparator<Grant> NEWEST_FIRST =
            Comparator.comparing(Grant::createdAt).reversed().thenComparing(grant -> grant.id().value());

    private final Map<GrantId, Grant> grants = new HashMap<>();
    private final Map<GrantId, List<IssuedAccessToken>> accessTokens = new HashMap<>();
    private int finds;

    @Override
    public synchronized void add(Grant grant) {
        if (grants.putIfAbsent(grant.id(), grant) != null) {
            throw new IllegalStateException("grant id already used");
        }
        accessTokens.put(grant.id(), new ArrayList<>());
    }

    @Override
    public synchronized Optional<Grant> find(GrantId id) {
        finds++;
        return Optional.ofNullable(grants.get(id));
    }

    /** How often a grant was looked up. */
    synchronized int finds() {
        return finds;
    }

    @Override
    public synchronized boolean recordAccessToken(GrantId grant, IssuedAccessToken token, Instant now) {
        Grant found = grants.get(grant);
        if (found == null || !found.isActive()) {
            return false;
        }
        accessTokens.get(grant).add(token);
        return true;
    }

    @Override
    public synchronized List<IssuedAccessToken> revoke(GrantId id, Instant now) {
        Grant found = grants.get(id);
        if (found == null) {
            return List.of();
        }
        grants.put(id, found.revokedAt(now));
        List<IssuedAccessToken> live = accessTokens.get(id).stream()
                .filter(token -> token.expiresAt().isAfter(now)).toList();
        accessTokens.get(id).clear();
        return live;
    }

    @Override
    public synchronized List<Grant> list(GrantFilter filter) {
        return grants.values().stream().filter(filter::matches)
                .sorted(NEWEST_FIRST).toList();
    }

    synchronized int size() {
        return grants.size();
    }

    /** Access tokens recorded, over all grants. */
    synchronized int accessTokens() {
        return accessTokens.values().stream().mapToInt(List::size).sum();
    }
}
