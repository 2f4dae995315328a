package dev.notesmcp.adapter.http.errors;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A logger whose output a client cannot flood: each key (a client address, or one shared key for
 * one kind of trouble) may write {@code perKey} lines per window, all keys together {@code total};
 * the lines beyond are dropped and counted, and the count is written with the key's next line.
 */
public final class BoundedLog {

    /** Past this many keys in one window, new keys share one budget (an attacker may own many addresses). */
    static final int MAX_KEYS = 10_000;
    static final String OTHER_KEYS = "other clients";

    private final Logger logger;
    private final int perKey;
    private final int total;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Budget> budgets = new ConcurrentHashMap<>();
    private final Budget all;

    public BoundedLog(Logger logger, int perKey, int total, Duration window, LongSupplier nanoTime) {
        this.logger = logger;
        this.perKey = perKey;
        this.total = total;
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
        this.all = new Budget(nanoTime.getAsLong());
    }

    /** Ten lines a minute per client, two hundred in all. */
    public static BoundedLog forClients(Logger logger) {
        return new BoundedLog(logger, 10, 200, Duration.ofMinutes(1), System::nanoTime);
    }

    /** Writes the line unless {@code key} (or everyone together) has used up this window's budget. */
    public void log(String key, Level level, String message, Throwable thrown) {
        if (!logger.isLoggable(level)) {
            return;
        }
        long now = nanoTime.getAsLong();
        long suppressed;
        synchronized (this) {
            Budget budget = budgetOf(key, now);
            if (!budget.take(now, perKey) || !all.take(now, total)) {
                budget.suppressed++;
                return;
            }
            suppressed = budget.suppressed;
            budget.suppressed = 0;
        }
        if (suppressed > 0) {
            logger.log(level, suppressed + " similar log lines about " + key + " were suppressed (rate limit)");
        }
        if (thrown == null) {
            logger.log(level, message);
        } else {
            logger.log(level, message, thrown);
        }
    }

    private Budget budgetOf(String key, long now) {
        Budget existing = budgets.get(key);
        if (existing != null) {
            return existing;
        }
        if (budgets.size() >= MAX_KEYS) {
            budgets.values().removeIf(budget -> budget.expired(now) && budget.suppressed == 0);
        }
        String used = budgets.size() >= MAX_KEYS ? OTHER_KEYS : key;
        return budgets.computeIfAbsent(used, k -> new Budget(now));
    }

    /** One key's window: lines written since it started, lines dropped since the last one written. */
    private final class Budget {
        private long windowStart;
        private int written;
        private long suppressed;

        private Budget(long now) {
            this.windowStart = now;
        }

        private boolean expired(long now) {
            return now - windowStart >= windowNanos;
        }

        private boolean take(long now, int limit) {
            if (expired(now)) {
                windowStart = now;
                written = 0;
            }
            if (written >= limit) {
                return false;
            }
            written++;
            return true;
        }
    }
}
