package dev.notesmcp.adapter.memory.archfixture.second;

import dev.notesmcp.adapter.memory.archfixture.first.First;

/** The other half of the package cycle. */
public final class Second {

    public First first() {
        return null;
    }
}
