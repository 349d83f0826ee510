package org.w3id.hkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hkg.bench.CorpusGenerator;

/**
 * {@code hkg build} in its own JVM, stopped by a signal halfway: it stores what it read and says so, and
 * the next run reads only the rest.
 */
class BuildStopTest {
    private static final int DOCS = 800;
    /**
     * CPU time of the child JVM when it is signalled: past starting up and loading the dictionaries
     * (about 4 s of CPU here), well before the end (at 7 s 100–200 documents of {@link #DOCS} are stored).
     */
    private static final Duration SIGNAL_AT = Duration.ofSeconds(7);
    private static final Pattern READ = Pattern.compile("documents read: (\\d+), unchanged: 0, skipped or partly read: 0");
    private static final Pattern LEFT = Pattern.compile("stopped early: (\\d+) documents not read, links not updated; "
            + Pattern.quote(BuildCommand.RESUME));

    @Test
    void aSignalledBuildStoresWhatItReadAndTheNextRunReadsOnlyTheRest(@TempDir Path dir) throws Exception {
        CorpusGenerator.generate(DOCS, dir.resolve("corpus"), 11);
        Path docs = dir.resolve("corpus").resolve(CorpusGenerator.DOCS_DIR);
        Path store = dir.resolve("store");
        Path output = dir.resolve("output.txt");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Hkg.class.getName(), "build", "--store", store.toString(), "--no-progress", "--threads", "2", docs.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            while (p.isAlive() && p.toHandle().info().totalCpuDuration().orElse(Duration.ZERO).compareTo(SIGNAL_AT) < 0) {
                Thread.sleep(50);
            }
            p.destroy(); // SIGTERM; Ctrl-C (SIGINT) takes the same path
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the stopped build ends");
        } finally {
            p.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(143, p.exitValue(), printed);
        assertTrue(printed.contains("hkg: stopping: storing the documents already read"), printed);
        Matcher read = READ.matcher(printed);
        Matcher left = LEFT.matcher(printed);
        assertTrue(read.find() && left.find(), printed);
        int stored = Integer.parseInt(read.group(1));
        int notRead = Integer.parseInt(left.group(1));
        assertTrue(stored > 0 && notRead > 0, "signalled halfway: " + printed);
        assertEquals(DOCS, stored + notRead, printed);

        CliRun resumed = CliRun.of("build", "--store", store.toString(), "--no-progress", docs.toString());
        assertEquals(0, resumed.exit(), resumed.out() + resumed.err());
        assertTrue(resumed.out().contains("documents read: " + notRead + ", unchanged: " + stored + ", skipped or partly read: 0"),
                resumed.out());
    }
}
