package dev.notesmcp.domain.archfixture;

import dev.notesmcp.application.archfixture.ApplicationCallingDomain;

/** One half of a cycle between the top-level slices domain and application. */
public final class DomainCallingApplication {

    public ApplicationCallingDomain other() {
        return new ApplicationCallingDomain();
    }
}
