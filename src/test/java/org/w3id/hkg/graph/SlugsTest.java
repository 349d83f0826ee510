package org.w3id.hkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void chineseBecomesPinyinAndLatinStaysWords() {
        assertEquals("xi-ning-ren-he-yi-yuan", Slugs.words("西宁仁和医院"));
        assertEquals("acme-care-network", Slugs.words("Acme Care Network"));
        assertEquals("lu-zhou-300999", Slugs.words("绿洲(300999)"));
        assertEquals("x", Slugs.words("·"));
    }

    @Test
    void slugEndsWithAShortHashSoHomophonesDiffer() {
        assertTrue(Slugs.of("张伟").matches("zhang-wei-[0-9a-f]{4}"));
        assertTrue(!Slugs.of("张伟").equals(Slugs.of("章伟")));
    }
}
