package dev.notesmcp.archfixture.coding;

import jakarta.inject.Inject;

/** Gets its collaborator injected into a field instead of through its constructor. */
public final class UsesFieldInjection {

    @Inject
    private Object collaborator;

    public Object collaborator() {
        return collaborator;
    }
}
