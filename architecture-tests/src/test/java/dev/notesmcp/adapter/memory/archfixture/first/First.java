package dev.notesmcp.adapter.memory.archfixture.first;

import dev.notesmcp.adapter.memory.archfixture.second.Second;

/** One half of a package cycle inside one module. */
public final class First {

    public Second second() {
        return null;
    }
}
