package org.w3id.hkg.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live set of a run, sampled: a thread forces a full garbage collection every period and keeps the
 * most heap in use right after one. Unlike {@link LiveHeap}, which only sees the full collections the
 * collector happens to run, it samples the whole run evenly; the collections slow the run down, so it is
 * for an untimed build.
 */
final class LiveSampler implements AutoCloseable {
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;

    /** Starts sampling every {@code period}. */
    LiveSampler(Duration period) {
        thread = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(period.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                sample();
            }
        }, "live-set-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        peak.accumulateAndGet(usedAfterFullGc(), Math::max);
    }

    /** Heap in use right after a full collection made now, in bytes. */
    static long usedAfterFullGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The largest sample so far, in MiB, counting one taken now. */
    long peakMiB() {
        sample();
        return peak.get() >> 20;
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join();
    }
}
