package org.w3id.hkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.w3id.hkg.eval.Gold;

class EntityPoolTest {
    @Test
    void poolGrowsWithTheSquareRootAndNoNameBelongsToTwoEntities() {
        assertEquals(20, CorpusGenerator.poolSize(1));
        assertEquals(1000, CorpusGenerator.poolSize(10_000));
        EntityPool pool = EntityPool.generate(1000, new Random(3));
        assertEquals(1000, pool.size());
        Map<String, String> owner = new HashMap<>();
        for (String type : List.of("hospital", "company", "regulator", "alliance", "person")) {
            for (int i = 0; i < 200; i++) {
                GenEntity e = pool.pick(type, new Random(i));
                assertEquals(type, e.type());
                e.names().forEach(n -> {
                    String before = owner.putIfAbsent(n, e.id());
                    assertTrue(before == null || before.equals(e.id()), n + " names " + before + " and " + e.id());
                });
            }
        }
        GenEntity listed = pool.pickListed(new Random(1));
        assertTrue(listed.ticker().matches("\\d{6}"), listed.toString());
    }

    @Test
    void goldWriterEscapesAndReadsBack() throws Exception {
        StringWriter out = new StringWriter();
        GoldWriter w = new GoldWriter(out, "q\"uote\\d");
        GenEntity e = new GenEntity("hospital-1", "hospital", "甲\"乙\\医院", List.of("乙医院"), null);
        w.doc("a.md", "2024-01-02", "zh-Hans", List.of("hospital-1"),
                Map.of("incidents", List.of(Arrays.asList("hospital-1", "death", null))));
        w.finish(List.of(Map.entry(e, e.names())));
        Gold g = Gold.parse(out.toString());
        assertEquals("q\"uote\\d", g.corpus());
        assertEquals(List.of("甲\"乙\\医院", "乙医院"), g.entity("hospital-1").names());
        assertEquals(Arrays.asList("hospital-1", "death", null), g.facts("incidents").get(0));
        assertEquals("\"\\u0001\\n\"", GoldWriter.str("\u0001\n"));
    }
}
