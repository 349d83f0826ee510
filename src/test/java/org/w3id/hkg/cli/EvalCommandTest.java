package org.w3id.hkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static void assertUserError(CliRun r, String part) {
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(part), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void missingDocsFolderIsAUserError(@TempDir Path dir) {
        assertUserError(run("eval", "--gold", dir.resolve("gold.json").toString(), dir.resolve("nope").toString()),
                "documents folder not found");
    }

    @Test
    void missingOrBrokenGoldIsAUserError(@TempDir Path dir) throws Exception {
        assertUserError(run("eval", "--gold", dir.resolve("gold.json").toString(), dir.toString()),
                "gold file not found");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "[1, 2", StandardCharsets.UTF_8);
        assertUserError(run("eval", "--gold", broken.toString(), dir.toString()), "not valid JSON");
    }

    @Test
    void scoresAGeneratedCorpusPrintsTheTableWritesTheReportAndChecksTheThreshold(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        assertEquals(0, run("generate", "--docs", "12", "--out", corpus.toString(), "--seed", "11").exit());
        Files.writeString(corpus.resolve("docs/empty.txt"), "");
        Path report = dir.resolve("report.md");
        CliRun r = run("eval", "--gold", corpus.resolve("gold.json").toString(), "--report", report.toString(),
                "--min-macro-f1", "1.01", corpus.resolve("docs").toString());
        assertEquals(1, r.exit(), "macroF1 is never above 1: the threshold fails " + r.err());
        assertTrue(r.err().contains("skipped or partly read: ") && r.err().contains("empty.txt"), r.err());
        assertTrue(r.err().contains("is below the threshold 1.01"), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(10, lines.size(), r.out());
        assertTrue(lines.get(1).startsWith("entities "), r.out());
        assertTrue(lines.get(7).startsWith("roles "), r.out());
        assertTrue(lines.get(8).startsWith("fragmentation="), r.out());
        assertTrue(lines.get(9).matches("macroF1=[01]\\.\\d{3}"), r.out());
        double macro = Double.parseDouble(lines.get(9).substring("macroF1=".length()));
        assertTrue(macro > 0.3, "a sanity floor, not a target: " + r.out());
        String md = Files.readString(report);
        assertTrue(md.startsWith("# hkg eval report"), md);
        assertTrue(md.contains("### Missed (false negatives)") && md.contains("## Names that map to a gold entity"), md);
    }

    @Test
    void theGoldFileInsideTheCorpusFolderIsNoDocument(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.md"), "x");
        Files.writeString(dir.resolve("gold.json"), "{}");
        assertEquals(List.of(dir.resolve("a.md")), EvalCommand.documents(dir, dir.resolve("gold.json")));
        assertEquals(2, EvalCommand.documents(dir, dir.resolve("../elsewhere.json")).size());
    }
}
