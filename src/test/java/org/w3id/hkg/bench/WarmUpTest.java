package org.w3id.hkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void aBuildThatTheJitBarelyTouchedEndsTheWarmUp() {
        assertTrue(WarmUp.done(2.0, 0.05, Duration.ofSeconds(2), MINUTE));
        assertTrue(WarmUp.done(2.0, 0.19, Duration.ofSeconds(2), MINUTE));
        assertFalse(WarmUp.done(2.0, 0.2, Duration.ofSeconds(2), MINUTE), "10% is not under 10%");
        assertFalse(WarmUp.done(2.0, 1.9, Duration.ofSeconds(30), MINUTE));
    }

    @Test
    void theTimeLimitEndsAWarmUpThatHasNotSettled() {
        assertTrue(WarmUp.done(2.0, 1.9, MINUTE, MINUTE));
        assertTrue(WarmUp.done(2.0, 1.9, Duration.ofSeconds(61), MINUTE));
    }

    @Test
    void buildsRepeatUntilTheLimitWhileTheJitIsBusy() throws Exception {
        List<String> log = new ArrayList<>();
        // a build that claims no wall time can never have the JIT under 10% of it
        WarmUp.Result r = WarmUp.run(() -> {
            Thread.sleep(20);
            return 0.0;
        }, Duration.ofMillis(150), log::add);
        assertTrue(r.builds() >= 2 && r.builds() <= 9, r.builds() + " builds");
        assertFalse(r.settled());
        assertEquals(r.builds(), log.size());
        assertTrue(log.get(0).startsWith("  warm-up build 1: 0.00 s, JIT "), log.get(0));
        assertTrue(r.summary().startsWith(r.builds() + " builds, 0.0 s, JIT ")
                && r.summary().endsWith(" (not settled: the time limit came first)"), r.summary());
    }

    @Test
    void oneLongBuildWithLittleCompilingIsEnough() throws Exception {
        // whatever the JIT compiles meanwhile, it is far under 10% of an hour
        WarmUp.Result r = WarmUp.run(() -> 3600.0, MINUTE, line -> { });
        assertEquals(1, r.builds());
        assertTrue(r.settled());
        assertEquals(3600.0, r.seconds());
        assertTrue(r.summary().startsWith("1 build, 3600.0 s, JIT ") && !r.summary().contains("not settled"), r.summary());
    }

    @Test
    void atLeastOneBuildWhateverTheLimit() throws Exception {
        WarmUp.Result r = WarmUp.run(() -> 0.0, Duration.ZERO, line -> { });
        assertEquals(1, r.builds());
    }
}
