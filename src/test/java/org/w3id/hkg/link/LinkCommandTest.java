package org.w3id.hkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hkg.cli.Hkg;
import picocli.CommandLine;

class LinkCommandTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        CommandLine cl = Hkg.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[]{Integer.toString(code), err.toString()};
    }

    @Test
    void badEndpointUrlIsOneLineUsageError() {
        String[] r = run("link", "--store", dir.toString(), "--endpoint", "ftp://example.org/x");
        assertEquals("2", r[0]);
        assertEquals("hkg: not an http(s) SPARQL endpoint URL: 'ftp://example.org/x'", r[1].strip());
    }

    @Test
    void missingStoreIsOneLineUsageError() {
        String[] r = run("link", "--store", dir.resolve("none").toString());
        assertEquals("2", r[0]);
        assertTrue(r[1].strip().startsWith("hkg: no store at "), r[1]);
        assertEquals(1, r[1].strip().lines().count());
    }
}
