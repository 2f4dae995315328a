package dev.notesmcp.adapter.oidc;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GOOGLE_HOSTED_DOMAINS}: only Google Workspace users whose ID token names one of these
 * domains in {@code hd}, with a verified email address. Google's advice: the authorization
 * request's {@code hd} parameter only streamlines the chooser; the token's {@code hd} is what counts.
 */
record HostedDomainAdmission(Set<String> domains) implements Admission {

    HostedDomainAdmission {
        domains = Set.copyOf(domains);
    }

    @Override
    public Optional<Refusal> refusal(VerifiedClaims claims) {
        if (domains.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> hd = claims.text("hd").map(domain -> domain.toLowerCase(Locale.ROOT));
        if (hd.isEmpty()) {
            return Optional.of(new Refusal("This server accepts only Google Workspace accounts of its organisation;"
                    + " the Google account you used is not one of them.", "no hosted domain (hd) in the ID token"));
        }
        if (!domains.contains(hd.get())) {
            String domain = Printable.of(hd.get());
            return Optional.of(new Refusal("Google Workspace accounts of " + domain + " may not use this server.",
                    "hosted domain " + domain + " is not in GOOGLE_HOSTED_DOMAINS"));
        }
        if (!claims.isTrue("email_verified")) {
            return Optional.of(new Refusal(
                    "Your Google account's email address is not verified; verify it and sign in again.",
                    "email_verified is not true"));
        }
        return Optional.empty();
    }
}
