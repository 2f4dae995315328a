package dev.notesmcp.adapter.cimd;

import java.util.LinkedHashMap;
import java.util.Map;

/** A map that holds at most {@code capacity} entries, dropping the least recently used (not thread-safe). */
final class LeastRecentlyUsed<K, V> extends LinkedHashMap<K, V> {

    private final int capacity;

    LeastRecentlyUsed(int capacity) {
        super(64, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
