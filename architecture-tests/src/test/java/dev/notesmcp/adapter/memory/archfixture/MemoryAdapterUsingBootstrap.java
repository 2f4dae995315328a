package dev.notesmcp.adapter.memory.archfixture;

import dev.notesmcp.bootstrap.config.Settings;

/** An adapter reaching back into bootstrap for configuration. */
public final class MemoryAdapterUsingBootstrap {

    public Settings settings() {
        return null;
    }
}
