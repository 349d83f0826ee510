package org.w3id.hkg.bench;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Untimed builds of a sample of the corpus, repeated until the JIT has settled, so that the timed builds
 * and the anchors all run compiled code. A fresh JVM spends tens of seconds of compiler time on a build
 * (HanLP, Jena and hkg's own hot code, on the same cores as the build): a single warm-up build leaves most
 * of that to the first timed builds, where it slows the build with more threads most (its threads share
 * their cores with the compiler, a one-thread build leaves a core to it).
 *
 * <p>The JIT counts as settled after a build in which it compiled for less than
 * {@link #SETTLED_JIT_SHARE} of the build's wall time. The warm-up ends then, or once it has taken
 * {@code limit}, whichever comes first; it always makes at least one build.
 */
final class WarmUp {
    /** The JIT has settled when it compiled for less than this share of one warm-up build's wall time. */
    static final double SETTLED_JIT_SHARE = 0.10;

    /**
     * What the warm-up did.
     *
     * @param builds       warm-up builds made
     * @param seconds      their wall time, in all
     * @param jitSeconds   time the JIT spent compiling during them, in all
     * @param settled      whether the warm-up ended because the JIT had settled (rather than at its time limit)
     */
    record Result(int builds, double seconds, double jitSeconds, boolean settled) {
        /** "23 builds, 46.4 s, JIT 45.0 s", and why it ended when the JIT had not settled. */
        String summary() {
            return String.format("%d build%s, %.1f s, JIT %.1f s%s", builds, builds == 1 ? "" : "s", seconds, jitSeconds,
                    settled ? "" : " (not settled: the time limit came first)");
        }
    }

    private WarmUp() {
    }

    /** Whether to stop after a build of {@code seconds} in which the JIT compiled for {@code jitSeconds}. */
    static boolean done(double seconds, double jitSeconds, Duration elapsed, Duration limit) {
        return settled(seconds, jitSeconds) || elapsed.compareTo(limit) >= 0;
    }

    private static boolean settled(double seconds, double jitSeconds) {
        return jitSeconds < SETTLED_JIT_SHARE * seconds;
    }

    /** Runs {@code build} (which returns its wall time in seconds) until the JIT has settled or {@code limit} has passed. */
    static Result run(Callable<Double> build, Duration limit, Consumer<String> log) throws Exception {
        long start = System.nanoTime();
        int builds = 0;
        double seconds = 0;
        double jit = 0;
        while (true) {
            CpuClock before = CpuClock.now();
            double s = build.call();
            double j = CpuClock.now().jitSecondsSince(before);
            builds++;
            seconds += s;
            jit += j;
            log.accept(String.format("  warm-up build %d: %.2f s, JIT %.2f s", builds, s, j));
            if (done(s, j, Duration.ofNanos(System.nanoTime() - start), limit)) {
                return new Result(builds, seconds, jit, settled(s, j));
            }
        }
    }
}
