package org.w3id.hkg.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Lists the document files under the paths a user names: files as given, folders walked recursively. */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * The regular files named or found under the inputs, sorted by path, without duplicates. Hidden files and
     * files inside hidden folders (names starting with a dot) found while walking a folder are skipped. The
     * list is immutable and compact (about 20 bytes a file), as a build holds it from start to end.
     *
     * @throws IngestException "no such file or folder: …" for a missing input, or a one-line reason if a folder
     *                         cannot be listed
     */
    public static List<Path> list(List<Path> inputs) throws IngestException {
        TreeSet<Path> files = new TreeSet<>();
        for (Path input : inputs) {
            if (Files.isRegularFile(input)) {
                files.add(input.normalize());
            } else if (Files.isDirectory(input)) {
                files.addAll(walk(input));
            } else {
                throw new IngestException("no such file or folder: " + input);
            }
        }
        return PackedPaths.of(files);
    }

    private static List<Path> walk(Path folder) throws IngestException {
        Path root = folder.normalize();
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if ((attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file)) && !hidden(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new IngestException("cannot list folder " + folder + ": " + Whitespace.collapse(String.valueOf(e.getMessage())));
        }
        return found;
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
