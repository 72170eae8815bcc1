package org.craftrank.ranking;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A small least-recently-used map, safe to share between request threads. Entries are only ever looked up by a
 * key that describes the data they were computed from, so an entry is never stale, only unused; the bound keeps
 * the memory of a few large rankings in check. A capacity of 0 remembers nothing.
 */
final class BoundedCache<K, V> {

    private final Map<K, V> entries;

    BoundedCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative, was " + capacity);
        }
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<V> get(K key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    synchronized int size() {
        return entries.size();
    }
}
