package dev.notesmcp.application.archfixture;

import dev.notesmcp.domain.archfixture.DomainCallingApplication;

/** The other half of the domain/application cycle. */
public final class ApplicationCallingDomain {

    public DomainCallingApplication other() {
        return null;
    }
}
