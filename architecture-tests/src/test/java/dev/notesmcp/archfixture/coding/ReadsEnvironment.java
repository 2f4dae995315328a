package dev.notesmcp.archfixture.coding;

/** A feature reading global configuration instead of being handed its settings. */
public final class ReadsEnvironment {

    public String secret() {
        return System.getenv("JWT_SIGNING_SECRET");
    }
}
