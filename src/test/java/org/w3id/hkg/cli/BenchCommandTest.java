package org.w3id.hkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @Test
    void aNegativeWarmUpIsAUserErrorBeforeAnythingIsWritten(@TempDir Path dir) {
        Path work = dir.resolve("work");
        CliRun r = CliRun.of("bench", "--docs", "5", "--work", work.toString(), "--warm-up", "-1");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals("hkg: --warm-up must be 0 or more seconds", r.err().strip());
        assertFalse(Files.exists(work), "no corpus generated");
    }

    @Test
    void countsBelowOneAreAUserError(@TempDir Path dir) {
        CliRun r = CliRun.of("bench", "--docs", "5", "--work", dir.resolve("work").toString(), "--clients", "0");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals("hkg: --docs, --threads, --query-runs, --clients and --http-seconds must be at least 1", r.err().strip());
    }
}
