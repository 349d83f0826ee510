package org.w3id.hkg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Lists the document files under the paths a user names: files as given, folders walked recursively. */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * The regular files named or found under the inputs, sorted by path, without duplicates. Hidden files and
     * files inside hidden folders (names starting with a dot) found while walking a folder are skipped.
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
        return new ArrayList<>(files);
    }

    private static List<Path> walk(Path folder) throws IngestException {
        Path root = folder.normalize();
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> !hidden(root.relativize(p)))
                    .filter(Files::isRegularFile)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IngestException("cannot list folder " + folder + ": " + Whitespace.collapse(String.valueOf(e.getMessage())));
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") && !name.equals(".")) {
                return true;
            }
        }
        return false;
    }
}
