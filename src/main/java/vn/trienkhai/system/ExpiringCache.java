package vn.trienkhai.system;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A small cache whose entries live for a fixed time: at most {@code maxEntries} (all dropped when
 * it overflows, which a directory of units and plans does not reach in practice). A zero time to
 * live turns it off; a null answer is not kept. Wall time (nanoTime), not the engine clock: tests that move the engine clock
 * do not age it.
 */
public final class ExpiringCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;

    public ExpiringCache(Duration ttl, int maxEntries) {
        this(ttl, maxEntries, System::nanoTime);
    }

    public ExpiringCache(Duration ttl, int maxEntries, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
    }

    public V get(K key, Function<K, V> load) {
        if (ttlNanos <= 0) {
            return load.apply(key);
        }
        long now = nanoTime.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.expiresAt() < 0) {
            return entry.value();
        }
        V value = load.apply(key);
        if (value == null) {
            return null;
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, now + ttlNanos));
        return value;
    }
}
