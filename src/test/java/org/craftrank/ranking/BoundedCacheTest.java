package org.craftrank.ranking;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundedCacheTest {

    @Test
    void theLeastRecentlyUsedEntryGoesWhenTheCacheIsFull() {
        BoundedCache<String, Integer> cache = new BoundedCache<>(2);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.get("a"); // a is now the most recently used
        cache.put("c", 3);
        assertEquals(Optional.of(1), cache.get("a"));
        assertEquals(Optional.empty(), cache.get("b"), "b was the least recently used");
        assertEquals(Optional.of(3), cache.get("c"));
        assertEquals(2, cache.size());
    }

    @Test
    void aCacheOfNoEntriesRemembersNothingAndANegativeSizeIsRefused() {
        BoundedCache<String, Integer> none = new BoundedCache<>(0);
        none.put("a", 1);
        assertTrue(none.get("a").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new BoundedCache<String, Integer>(-1));
    }
}
