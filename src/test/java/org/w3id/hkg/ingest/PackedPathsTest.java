package org.w3id.hkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackedPathsTest {
    @Test
    void givesBackEveryPathInOrder() {
        List<Path> paths = List.of(Path.of("/corpus/2021/a.md"), Path.of("/corpus/2021/b b.txt"),
                Path.of("/corpus/2022/西安高新医院 致歉信.html"), Path.of("/corpus/2021/c.md"), Path.of("rel/x.txt"),
                Path.of("/corpus/2022/ünïcödé.txt"));
        PackedPaths packed = PackedPaths.of(paths);
        assertEquals(paths.size(), packed.size());
        for (int i = 0; i < paths.size(); i++) {
            assertEquals(paths.get(i), packed.get(i), "element " + i);
        }
        assertEquals(paths, packed);
        assertEquals(paths.subList(1, 4), packed.subList(1, 4));
    }

    @Test
    void aPathWithoutAFolderIsKeptAsItIs() {
        PackedPaths packed = PackedPaths.of(List.of(Path.of("a.txt"), Path.of("/x/b.txt"), Path.of("/")));
        assertEquals(List.of(Path.of("a.txt"), Path.of("/x/b.txt"), Path.of("/")), packed);
    }

    @Test
    void isEmptyForNoPathsAndRefusesIndexesOutside() {
        assertEquals(List.of(), PackedPaths.of(List.of()));
        PackedPaths one = PackedPaths.of(List.of(Path.of("/x/a.txt")));
        assertThrows(IndexOutOfBoundsException.class, () -> one.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> one.get(-1));
        assertThrows(UnsupportedOperationException.class, () -> one.add(Path.of("/x/b.txt")));
    }
}
