package dev.notesmcp.adapter.oidc;

import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the provider said about the user, once verified: the ID token's claims and, when it was
 * asked, the userinfo answer about the same subject. A claim is read from userinfo first (the
 * fuller answer, e.g. GitLab's username and groups), then from the ID token.
 */
record VerifiedClaims(IDTokenClaimsSet idToken, UserInfo userInfo) {

    VerifiedClaims {
        Objects.requireNonNull(idToken, "idToken");
    }

    String subject() {
        return idToken.getSubject().getValue();
    }

    Optional<Object> claim(String name) {
        Object value = userInfo == null ? null : userInfo.getClaim(name);
        return Optional.ofNullable(value != null ? value : idToken.getClaim(name));
    }

    Optional<String> text(String name) {
        return claim(name).filter(String.class::isInstance).map(String.class::cast);
    }

    /** True for JSON {@code true} (and the string {@code "true"}, which some providers have sent). */
    boolean isTrue(String name) {
        return claim(name).map(value -> Boolean.TRUE.equals(value) || "true".equals(value)).orElse(false);
    }

    /** The strings of an array claim; an absent or non-array claim is an empty list. */
    List<String> strings(String name) {
        return claim(name).filter(List.class::isInstance)
                .map(list -> ((List<?>) list).stream().filter(String.class::isInstance).map(String.class::cast).toList())
                .orElse(List.of());
    }
}
