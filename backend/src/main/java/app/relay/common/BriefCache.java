package app.relay.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Settings every request reads and admins rarely change (field rules, segments): loaded at most once per
 * `ttl` (by one caller; the others keep the last value meanwhile), and forgotten at once when this instance
 * commits a change. Other instances see a change within `ttl`. A load that raced with a change is used once but
 * never kept.
 */
public final class BriefCache<T> {
    private record Snapshot<T>(T value, Instant loadedAt) {
    }

    private final Duration ttl;
    private final Supplier<T> loader;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Snapshot<T> cached;

    public BriefCache(Duration ttl, Supplier<T> loader) {
        this.ttl = ttl;
        this.loader = loader;
    }

    public T get() {
        Snapshot<T> snapshot = cached;
        if (snapshot != null && !snapshot.loadedAt().plus(ttl).isBefore(Instant.now())) {
            return snapshot.value();
        }
        // Expired: one caller loads again while the others keep the last value; only an empty cache makes all wait.
        boolean refresher = snapshot == null || refreshing.compareAndSet(false, true);
        if (!refresher) {
            return snapshot.value();
        }
        try {
            long loading = generation.get();
            // In a transaction of its own: a load in the middle of a caller's streamed read (an export) must not
            // run on that read's connection, which would close its open result.
            T fresh = QuarkusTransaction.requiringNew().call(loader::get);
            synchronized (this) {
                if (generation.get() == loading) {
                    cached = new Snapshot<>(fresh, Instant.now());
                }
            }
            return fresh;
        } finally {
            if (snapshot != null) {
                refreshing.set(false);
            }
        }
    }

    public synchronized void forget() {
        generation.incrementAndGet();
        cached = null;
    }
}
