package org.w3id.hkg.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * CPU time of this process and time spent in garbage collection, read before and after a build: a
 * build that keeps T cores busy has a CPU time near T × its wall time, and what a second core costs in
 * extra work shows as CPU time growing with the thread count.
 */
record CpuClock(long cpuNanos, long gcMillis) {
    static CpuClock now() {
        long gc = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            gc += Math.max(0, b.getCollectionTime());
        }
        long cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        return new CpuClock(cpu, gc);
    }

    /** "CPU x s, GC y s" since {@code start}. */
    String since(CpuClock start) {
        String cpu = cpuNanos < 0 ? "CPU unknown" : String.format("CPU %.1f s", (cpuNanos - start.cpuNanos) / 1e9);
        return String.format("%s, GC %.1f s", cpu, (gcMillis - start.gcMillis) / 1e3);
    }
}
