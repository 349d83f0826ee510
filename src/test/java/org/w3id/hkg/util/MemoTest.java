package org.w3id.hkg.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
    void forgetsWhenFullAndStaysCorrect() {
        AtomicInteger calls = new AtomicInteger();
        Memo<Integer, Integer> memo = new Memo<>(k -> {
            calls.incrementAndGet();
            return k * 2;
        }, 3);
        for (int i = 0; i < 10; i++) {
            assertEquals(i * 2, memo.apply(i));
        }
        assertEquals(10, calls.get());
        assertEquals(18, memo.apply(9));
        assertEquals(10, calls.get());
    }
}
