package org.w3id.hkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @Test
    void writesTheCorpusAndSaysWhere(@TempDir Path dir) {
        Path target = dir.resolve("corpus");
        CliRun r = CliRun.of("generate", "--docs", "3", "--out", target.toString(), "--seed", "5");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("wrote 3 documents and "), r.out());
        assertTrue(Files.exists(target.resolve("gold.json")));
    }

    @Test
    void refusesANonEmptyFolderAndZeroDocuments(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        CliRun notEmpty = CliRun.of("generate", "--docs", "3", "--out", dir.toString());
        assertEquals(2, notEmpty.exit());
        assertEquals("hkg: output folder is not empty: " + dir, notEmpty.err().strip());
        CliRun zero = CliRun.of("generate", "--docs", "0", "--out", dir.resolve("x").toString());
        assertEquals(2, zero.exit());
        assertTrue(zero.err().contains("--docs must be 1 or more"), zero.err());
    }
}
