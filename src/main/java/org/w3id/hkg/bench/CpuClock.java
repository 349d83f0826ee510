package org.w3id.hkg.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * CPU time of this process, time spent in garbage collection and time the JIT spent compiling, read
 * before and after a build: a build that keeps T cores busy has a CPU time near T × its wall time, what
 * a second core costs in extra work shows as CPU time growing with the thread count, and JIT time shows
 * how much of a build's CPU went to compiling it rather than running it.
 */
record CpuClock(long cpuNanos, long gcMillis, long jitMillis) {
    static CpuClock now() {
        long gc = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            gc += Math.max(0, b.getCollectionTime());
        }
        long cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long compiling = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
        return new CpuClock(cpu, gc, compiling);
    }

    /** "CPU x s, GC y s, JIT z s" since {@code start}. */
    String since(CpuClock start) {
        String cpu = cpuNanos < 0 ? "CPU unknown" : String.format("CPU %.1f s", (cpuNanos - start.cpuNanos) / 1e9);
        return String.format("%s, GC %.1f s, JIT %.1f s", cpu, (gcMillis - start.gcMillis) / 1e3, jitSecondsSince(start));
    }

    /** Seconds the JIT compilers spent compiling since {@code start} (0 where the JVM does not tell). */
    double jitSecondsSince(CpuClock start) {
        return (jitMillis - start.jitMillis) / 1e3;
    }
}
