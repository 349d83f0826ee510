package org.w3id.hkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hkg build}: what it reports and its exit codes, on documents written here. */
class BuildCommandTest {
    private static final String NOTICE = "青禾市卫生健康委员会今天通报，青禾市第三人民医院因延误急诊病人救治，被责令停业整顿。";

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void aDocumentOverTheCharacterLimitIsSkippedByNameAndTheOthersAreRead(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("short.txt"), NOTICE);
        Files.writeString(docs.resolve("long.txt"), NOTICE.repeat(10));
        String store = dir.resolve("store").toString();
        CliRun r = run("build", "--store", store, "--no-progress", "--max-chars", String.valueOf(NOTICE.length() * 5), docs.toString());
        assertEquals(1, r.exit(), "a skipped document makes exit code 1: " + r.out() + r.err());
        assertTrue(r.out().contains("documents read: 1,"), r.out());
        assertTrue(r.out().contains("skipped: " + docs.resolve("long.txt") + ": article text of "), r.out());
        assertFalse(r.out().contains("short.txt"), r.out());

        CliRun again = run("build", "--store", store, "--no-progress", docs.resolve("long.txt").toString());
        assertEquals(0, again.exit(), "the default limit reads it: " + again.out() + again.err());
        assertTrue(again.out().contains("documents read: 1, unchanged: 0"), again.out());
    }

    @Test
    void aCharacterLimitBelowOneIsAUserError(@TempDir Path dir) {
        CliRun r = run("build", "--store", dir.resolve("store").toString(), "--max-chars", "0", dir.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals("--max-chars must be at least 1", r.err().strip().replaceFirst("^hkg: ", ""));
        assertFalse(Files.exists(dir.resolve("store")), "nothing is opened or created");
    }
}
