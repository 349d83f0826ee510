package org.w3id.hkg.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * An immutable list of file paths kept compactly: each folder once, the file names as UTF-8 in one
 * byte array. A {@link Path} is made when an element is asked for. A corpus of 300 000 files takes
 * about 20 bytes per file instead of about 200 for a list of {@code Path} objects (whose string form
 * each keeps once used), so the list a build holds does not weigh with the size of the corpus.
 */
final class PackedPaths extends AbstractList<Path> implements RandomAccess {
    private final Path[] folders;
    private final int[] folderOf;
    /** Start of each name in {@link #names}, and the end of the last. */
    private final int[] start;
    private final byte[] names;
    /** Paths kept as they are: no parent folder, or a name whose text does not give back the same path. */
    private final Map<Integer, Path> asIs;

    private PackedPaths(Path[] folders, int[] folderOf, int[] start, byte[] names, Map<Integer, Path> asIs) {
        this.folders = folders;
        this.folderOf = folderOf;
        this.start = start;
        this.names = names;
        this.asIs = asIs;
    }

    /** The paths of {@code paths}, in its iteration order. */
    static PackedPaths of(Collection<Path> paths) {
        Map<Path, Integer> folderIndex = new LinkedHashMap<>();
        int[] folderOf = new int[paths.size()];
        int[] start = new int[paths.size() + 1];
        List<byte[]> parts = new ArrayList<>(paths.size());
        Map<Integer, Path> asIs = new HashMap<>();
        int i = 0;
        int length = 0;
        for (Path p : paths) {
            Path folder = p.getParent();
            byte[] name = folder == null ? new byte[0] : p.getFileName().toString().getBytes(StandardCharsets.UTF_8);
            if (folder == null || !folder.resolve(new String(name, StandardCharsets.UTF_8)).equals(p)) {
                asIs.put(i, p);
                name = new byte[0];
            } else {
                folderOf[i] = folderIndex.computeIfAbsent(folder, f -> folderIndex.size());
            }
            parts.add(name);
            start[i++] = length;
            length += name.length;
        }
        start[i] = length;
        byte[] names = new byte[length];
        for (int k = 0; k < parts.size(); k++) {
            System.arraycopy(parts.get(k), 0, names, start[k], parts.get(k).length);
        }
        return new PackedPaths(folderIndex.keySet().toArray(Path[]::new), folderOf, start, names, Map.copyOf(asIs));
    }

    @Override
    public Path get(int index) {
        if (index < 0 || index >= folderOf.length) {
            throw new IndexOutOfBoundsException(index);
        }
        Path kept = asIs.isEmpty() ? null : asIs.get(index);
        return kept != null ? kept
                : folders[folderOf[index]].resolve(new String(names, start[index], start[index + 1] - start[index], StandardCharsets.UTF_8));
    }

    @Override
    public int size() {
        return folderOf.length;
    }
}
