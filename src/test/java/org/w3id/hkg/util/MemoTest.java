package org.w3id.hkg.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {
    @Test
    void computesEachKeyOnceAndRemembersNull() {
        AtomicInteger calls = new AtomicInteger();
        Memo<String, String> memo = new Memo<>(k -> {
            calls.incrementAndGet();
            return k.isEmpty() ? null : k.toUpperCase();
        }, 10);
        assertEquals("AB", memo.apply("ab"));
        assertEquals("AB", memo.apply("ab"));
        assertNull(memo.apply(""));
        assertNull(memo.apply(""));
        assertEquals(2, calls.get());
    }

    @Test
    void staysWithinItsLimitAndCorrect() {
        AtomicInteger calls = new AtomicInteger();
        Memo<Integer, Integer> memo = new Memo<>(k -> {
            calls.incrementAndGet();
            return k * 2;
        }, 16);
        for (int i = 0; i < 10_000; i++) {
            assertEquals(i * 2, memo.apply(i));
        }
        assertEquals(10_000, calls.get());
        assertTrue(memo.size() <= 16, "remembers " + memo.size() + " results, limit 16");
        assertEquals(18, memo.apply(9));
    }

    @Test
    void keepsARecurringKeyWhileOneOffKeysPassThrough() {
        AtomicInteger hot = new AtomicInteger();
        Memo<String, String> memo = new Memo<>(k -> {
            if (k.equals("name")) {
                hot.incrementAndGet();
            }
            return k + "!";
        }, 64);
        for (int i = 0; i < 20_000; i++) {
            assertEquals("name!", memo.apply("name"));
            assertEquals("doc-" + i + "!", memo.apply("doc-" + i));
        }
        assertEquals(1, hot.get(), "the recurring key was computed again after one-off keys pushed it out");
    }
}
