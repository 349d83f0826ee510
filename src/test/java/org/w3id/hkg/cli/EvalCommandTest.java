package org.w3id.hkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {
    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Hkg.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static void assertUserError(Run r, String part) {
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
}
