package dev.notesmcp.bootstrap.config;

/** Where state is kept. */
public enum StoreKind {
    MEMORY, POSTGRES, REDIS
}
