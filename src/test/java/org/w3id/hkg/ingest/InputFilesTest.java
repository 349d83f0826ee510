package org.w3id.hkg.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void walksFoldersSortedSkippingHiddenOnes() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs/sub"));
        Files.createDirectories(dir.resolve("docs/.git"));
        Files.writeString(dir.resolve("docs/b.md"), "b");
        Files.writeString(dir.resolve("docs/a.txt"), "a");
        Files.writeString(docs.resolve("c.html"), "c");
        Files.writeString(dir.resolve("docs/.hidden.txt"), "h");
        Files.writeString(dir.resolve("docs/.git/config"), "g");
        Path single = Files.writeString(dir.resolve("z.txt"), "z");

        List<Path> files = InputFiles.list(List.of(single, dir.resolve("docs"), dir.resolve("docs/a.txt")));

        assertEquals(List.of(dir.resolve("docs/a.txt"), dir.resolve("docs/b.md"), dir.resolve("docs/sub/c.html"),
                dir.resolve("z.txt")), files);
    }

    @Test
    void missingPath() {
        Path absent = dir.resolve("nope");
        IngestException e = assertThrows(IngestException.class, () -> InputFiles.list(List.of(absent)));
        assertEquals("no such file or folder: " + absent, e.getMessage());
    }

    @Test
    void hiddenFolderGivenExplicitlyIsWalked() throws Exception {
        Path hidden = Files.createDirectories(dir.resolve(".corpus"));
        Files.writeString(hidden.resolve("a.txt"), "a");
        assertEquals(List.of(hidden.resolve("a.txt")), InputFiles.list(List.of(hidden)));
    }
}
