package dev.notesmcp.bootstrap.config;

import java.nio.charset.StandardCharsets;

/** A configured secret: usable by the wiring, never printed. */
public record Secret(String value) {

    public byte[] bytes() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "***";
    }
}
