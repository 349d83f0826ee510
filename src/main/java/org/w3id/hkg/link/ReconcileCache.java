package org.w3id.hkg.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.w3id.hkg.cli.UserError;

/**
 * The answers of one endpoint, kept in {@code {cacheDir}/{host}-{hash}.tsv} so a rebuild gives the same links
 * without the network. A row is keyed by local type, the external classes asked for, and the normalised name;
 * its items are the candidates found ({@code -} for none). The first line names the endpoint.
 */
public final class ReconcileCache {
    private static final String ENDPOINT_LINE = "# endpoint\t";
    static final List<String> HEADER = List.of("type", "classes", "name", "items");

    /** Key of one answer. */
    record Key(String type, String classes, String name) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return (type + "\t" + classes + "\t" + name).compareTo(o.type + "\t" + o.classes + "\t" + o.name);
        }
    }

    private final String endpoint;
    private final Path file;
    private final TreeMap<Key, Set<String>> answers = new TreeMap<>();
    private boolean dirty;

    private ReconcileCache(String endpoint, Path file) {
        this.endpoint = endpoint;
        this.file = file;
    }

    /** The cache of {@code endpoint} in {@code dir} (empty when not written yet; {@code dir} may be null: no file). */
    public static ReconcileCache open(Path dir, String endpoint) {
        ReconcileCache cache = new ReconcileCache(endpoint, dir == null ? null : dir.resolve(fileName(endpoint)));
        if (cache.file != null && Files.isRegularFile(cache.file)) {
            cache.read();
        }
        return cache;
    }

    /** Every endpoint that has a cache file in {@code dir}. */
    public static List<String> endpointsIn(Path dir) {
        List<String> out = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                endpointOf(f).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new UserError("cannot list cache folder " + dir + ": " + e.getMessage());
        }
        return out;
    }

    private static Optional<String> endpointOf(Path f) throws IOException {
        try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
            return lines.findFirst().filter(l -> l.startsWith(ENDPOINT_LINE))
                    .map(l -> l.substring(ENDPOINT_LINE.length()).trim());
        }
    }

    static String fileName(String endpoint) {
        String host = endpoint.replaceFirst("^[a-zA-Z]+://", "").replaceAll("[^A-Za-z0-9.]+", "-");
        host = host.length() > 40 ? host.substring(0, 40) : host;
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(endpoint.getBytes(StandardCharsets.UTF_8));
            return host.replaceAll("-+$", "") + "-" + HexFormat.of().formatHex(h, 0, 4) + ".tsv";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void read() {
        for (Tsv.Row row : Tsv.read(file, HEADER, 4)) {
            Set<String> items = new TreeSet<>();
            Arrays.stream(row.cell(3).split(" ")).filter(s -> !s.isEmpty() && !s.equals("-"))
                    .map(s -> ExternalIri.parse(s).orElseThrow(() -> row.error("not an IRI: '" + s + "'")))
                    .forEach(items::add);
            answers.put(new Key(row.cell(0), row.cell(1), row.cell(2)), items);
        }
    }

    /** The cached candidates, or empty when this question was never answered. */
    Optional<Set<String>> get(Key key) {
        return Optional.ofNullable(answers.get(key));
    }

    /** Records an answer (an empty set means "no match"). */
    void put(Key key, Set<String> items) {
        Set<String> old = answers.put(key, new TreeSet<>(items));
        dirty |= old == null || !old.equals(items);
    }

    /** Number of answers held. */
    public int size() {
        return answers.size();
    }

    /** Writes the file when answers were added (sorted, so the file is stable). */
    void save() {
        if (!dirty || file == null) {
            return;
        }
        StringBuilder sb = new StringBuilder(ENDPOINT_LINE).append(endpoint).append('\n')
                .append("# hkg link reconciliation cache: answers of the endpoint, '-' = no match\n")
                .append(String.join("\t", HEADER)).append('\n');
        answers.forEach((k, v) -> sb.append(k.type()).append('\t').append(k.classes()).append('\t')
                .append(k.name()).append('\t').append(v.isEmpty() ? "-" : String.join(" ", v.stream().map(ExternalIri::shortForm).toList())).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
            dirty = false;
        } catch (IOException e) {
            throw new UserError("cannot write cache " + file + ": " + e.getMessage());
        }
    }
}
