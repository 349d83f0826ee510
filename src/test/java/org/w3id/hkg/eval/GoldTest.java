package org.w3id.hkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldTest {
    @Test
    void parsesEntitiesDocsAndNullsInFileOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gold.json");
        Files.writeString(file, TinyGold.JSON, StandardCharsets.UTF_8);
        Gold g = Gold.parse(file);
        assertEquals("tiny", g.corpus());
        assertEquals(List.of("qs", "hy", "qs-wjw", "lm", "zw"), List.copyOf(g.entities().keySet()));
        assertEquals("仁爱医院", g.entity("qs").names().get(1));
        assertEquals("a.md", g.docs().get(0).file());
        assertNull(g.docs().get(1).lang());
        assertEquals(Arrays.asList("qs", "warning", null, null), g.facts("sanctions").get(1));
        assertEquals(2, g.facts("incidents").size());
        assertTrue(g.docs().get(1).facts("listings").isEmpty());
    }

    @Test
    void badGoldGivesOneLineMessages(@TempDir Path dir) throws Exception {
        assertMessage("gold file not found", () -> Gold.parse(dir.resolve("nope.json")));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"entities\": {", StandardCharsets.UTF_8);
        assertMessage("is not valid JSON", () -> Gold.parse(broken));
        assertMessage("unknown entity nobody",
                () -> Gold.parse("{\"docs\": {\"d\": {\"ownership\": [[\"nobody\", \"x\"]]}}}"));
        assertMessage("expected 2 values",
                () -> Gold.parse("{\"entities\": {\"a\": {\"type\": \"company\", \"names\": [\"甲\"]}},"
                        + " \"docs\": {\"d\": {\"listings\": [[\"a\"]]}}}"));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable run) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, run);
        assertTrue(e.getMessage().contains(part), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }
}
