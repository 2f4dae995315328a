package dev.notesmcp.adapter.memory.archfixture;

import dev.notesmcp.adapter.jwt.JwtSettings;

/** One adapter reaching into another. */
public final class MemoryAdapterUsingJwtAdapter {

    public JwtSettings settings() {
        return null;
    }
}
