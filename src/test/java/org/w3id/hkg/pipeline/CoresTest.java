package org.w3id.hkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CoresTest {
    @Test
    void atMostNWorkAtOnce() throws Exception {
        Cores cores = new Cores(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                all.add(pool.submit(() -> cores.on(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(2);
                    running.decrementAndGet();
                })));
            }
            for (Future<?> f : all) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, most.get(), "four threads, two cores");
    }

    @Test
    void exclusiveWorkWaitsForTheOthersAndRunsAlone() throws Exception {
        Cores cores = new Cores(3);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger seenByExclusive = new AtomicInteger(-1);
        AtomicInteger overlapping = new AtomicInteger();
        CountDownLatch workersBusy = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                workers.add(pool.submit(() -> {
                    for (int doc = 0; doc < 30; doc++) {
                        cores.on(() -> {
                            running.incrementAndGet();
                            workersBusy.countDown();
                            sleep(3);
                            running.decrementAndGet();
                        });
                    }
                }));
            }
            assertTrue(workersBusy.await(10, TimeUnit.SECONDS));
            // the writer: holds one core, then takes the others for its commit
            Future<?> writer = pool.submit(() -> cores.on(() -> cores.exclusively(() -> {
                seenByExclusive.set(running.get());
                for (int i = 0; i < 10; i++) {
                    overlapping.accumulateAndGet(running.get(), Math::max);
                    sleep(2);
                }
            })));
            writer.get(10, TimeUnit.SECONDS);
            for (Future<?> f : workers) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, seenByExclusive.get(), "the workers' current documents were finished first");
        assertEquals(0, overlapping.get(), "no worker started while the exclusive work ran");
    }

    @Test
    void withOneCoreExclusiveWorkRunsAtOnce() {
        Cores cores = new Cores(1);
        AtomicInteger ran = new AtomicInteger();
        cores.on(() -> cores.exclusively(ran::incrementAndGet));
        assertEquals(1, ran.get());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
