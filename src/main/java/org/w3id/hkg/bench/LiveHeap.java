package org.w3id.hkg.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap in use right after garbage collections, while watching: the memory a build really holds, as
 * opposed to the garbage it has not collected yet (which only tells the heap size). Two peaks: after any
 * collection (an upper bound: a young collection leaves the old generation's garbage in place), and after
 * full collections only, which leave nothing but live objects (the live set, sampled whenever the
 * collector ran one, plus once at the end).
 */
final class LiveHeap implements AutoCloseable {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
            peak.accumulateAndGet(used, Math::max);
            if (info.getGcAction().contains("major")) {
                peakLive.accumulateAndGet(used, Math::max);
            }
        }
    };

    /** Starts watching every collector of this JVM. */
    LiveHeap() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
    }

    /** Both peaks so far, counting a full collection made now (a short run may have had none). */
    Peaks peaks() {
        long now = LiveSampler.usedAfterFullGc();
        peak.accumulateAndGet(now, Math::max);
        peakLive.accumulateAndGet(now, Math::max);
        return new Peaks(peak.get() >> 20, peakLive.get() >> 20);
    }

    /**
     * @param afterGcMiB     the most heap in use right after any collection
     * @param afterFullGcMiB the most heap in use right after a full collection: the live set
     */
    record Peaks(long afterGcMiB, long afterFullGcMiB) {
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
