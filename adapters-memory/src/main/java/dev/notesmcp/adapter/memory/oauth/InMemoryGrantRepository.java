package dev.notesmcp.adapter.memory.oauth;

import dev.notesmcp.application.port.out.GrantRepository;
import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.oauth.GrantId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** Grants in memory, each with the access tokens issued under it. */
public final class InMemoryGrantRepository implements GrantRepository {

    private static final Comparator<Grant> NEWEST_FIRST =
            Comparator.comparing(Grant::createdAt).reversed().thenComparing(grant -> grant.id().value());

    private final ConcurrentMap<GrantId, Entry> grants = new ConcurrentHashMap<>();

    @Override
    public void add(Grant grant) {
        if (grants.putIfAbsent(grant.id(), new Entry(grant, List.of())) != null) {
            throw new IllegalStateException("grant id already used");
        }
    }

    @Override
    public Optional<Grant> find(GrantId id) {
        return Optional.ofNullable(grants.get(id)).map(Entry::grant);
    }

    @Override
    public boolean recordAccessToken(GrantId grant, IssuedAccessToken token, Instant now) {
        AtomicBoolean recorded = new AtomicBoolean();
        grants.computeIfPresent(grant, (id, entry) -> {
            if (!entry.grant().isActive()) {
                return entry;
            }
            recorded.set(true);
            return entry.with(token, now);
        });
        return recorded.get();
    }

    @Override
    public List<IssuedAccessToken> revoke(GrantId id, Instant now) {
        List<IssuedAccessToken> live = new ArrayList<>();
        grants.computeIfPresent(id, (key, entry) -> {
            entry.accessTokens().stream().filter(token -> token.expiresAt().isAfter(now)).forEach(live::add);
            return new Entry(entry.grant().revokedAt(now), List.of());
        });
        return live;
    }

    @Override
    public List<Grant> list(GrantFilter filter) {
        return grants.values().stream().map(Entry::grant).filter(filter::matches)
                .sorted(NEWEST_FIRST).toList();
    }

    private record Entry(Grant grant, List<IssuedAccessToken> accessTokens) {
        /** Adds the token and forgets those already expired, so a long-lived grant stays small. */
        Entry with(IssuedAccessToken token, Instant now) {
            List<IssuedAccessToken> tokens = new ArrayList<>(accessTokens);
            tokens.removeIf(existing -> !existing.expiresAt().isAfter(now));
            tokens.add(token);
            return new Entry(grant, List.copyOf(tokens));
        }
    }
}
