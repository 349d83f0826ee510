package org.w3id.hkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {
    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Hkg.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void writesTheCorpusAndSaysWhere(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path target = dir.resolve("corpus");
        assertEquals(0, run(out, err, "generate", "--docs", "3", "--out", target.toString(), "--seed", "5"), err.toString());
        assertTrue(out.toString().startsWith("wrote 3 documents and "), out.toString());
        assertTrue(Files.exists(target.resolve("gold.json")));
    }

    @Test
    void refusesANonEmptyFolderAndZeroDocuments(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "generate", "--docs", "3", "--out", dir.toString()));
        assertEquals("hkg: output folder is not empty: " + dir, err.toString().strip());
        StringWriter err2 = new StringWriter();
        assertEquals(2, run(new StringWriter(), err2, "generate", "--docs", "0", "--out", dir.resolve("x").toString()));
        assertTrue(err2.toString().contains("--docs must be 1 or more"), err2.toString());
    }
}
