package app.relay.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Settings every request reads and admins rarely change (field rules, segments): loaded at most once per
 * `ttl` (by one caller; the others keep the last value meanwhile, or wait for it when there is none), and
 * forgotten at once when this instance commits a change. Other instances see a change within `ttl`. A load that raced with a change is used once but
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
        if (snapshot == null) {
            return loadAlone();
        }
        // Expired: one caller loads again while the others keep the last value.
        if (!refreshing.compareAndSet(false, true)) {
            return snapshot.value();
        }
        try {
            return load();
        } finally {
            refreshing.set(false);
        }
    }

    /** Empty (at start, after a change here): one caller loads, the others wait for its value. */
    private synchronized T loadAlone() {
        Snapshot<T> snapshot = cached;
        return snapshot != null ? snapshot.value() : load();
    }

    private T load() {
        long loading = generation.get();
        // In a transaction of its own: a load in the middle of a caller's streamed read (an export) must not run on
        // that read's connection, which would close its open result.
        T fresh = QuarkusTransaction.requiringNew().call(loader::get);
        synchronized (this) {
            if (generation.get() == loading) {
                cached = new Snapshot<>(fresh, Instant.now());
            }
        }
        return fresh;
    }

    public synchronized void forget() {
        generation.incrementAndGet();
        cached = null;
    }
}
