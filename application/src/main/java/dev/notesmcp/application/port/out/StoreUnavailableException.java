package dev.notesmcp.application.port.out;

/**
 * A store cannot be reached right now (database or cache down, pool exhausted, timeout). Stores
 * throw it instead of their driver's exceptions; the web adapter answers 503 with
 * {@code Retry-After}, and nothing was changed by the failed call.
 */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String store, Throwable cause) {
        super(store + " is unavailable", cause);
    }
}
