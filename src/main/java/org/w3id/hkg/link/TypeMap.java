package org.w3id.hkg.link;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which external classes a local kind may be reconciled with ({@code data/links/types.tsv}: header
 * {@code type<TAB>classes<TAB>note}, classes space-separated QIDs or IRIs). A candidate must be an instance
 * ({@code wdt:P31/wdt:P279*}) of one of them. Kinds without a row are never reconciled.
 */
public final class TypeMap {
    /** File name inside the links folder. */
    public static final String FILE = "types.tsv";
    static final List<String> HEADER = List.of("type", "classes", "note");

    private final Map<Kind, List<String>> classes;

    private TypeMap(Map<Kind, List<String>> classes) {
        this.classes = classes;
    }

    /** Reads {@code linksDir/types.tsv}, or the bundled copy when {@code linksDir} is null or lacks it. */
    public static TypeMap load(Path linksDir) {
        Path file = linksDir == null ? null : linksDir.resolve(FILE);
        List<Tsv.Row> rows = file != null && Files.isRegularFile(file)
                ? Tsv.read(file, HEADER, 2) : Tsv.readResource("data/links/" + FILE, HEADER, 2);
        Map<Kind, List<String>> map = new EnumMap<>(Kind.class);
        for (Tsv.Row row : rows) {
            Kind kind = Kind.ofCode(row.cell(0)).orElseThrow(() -> row.error("unknown type '" + row.cell(0) + "'"));
            List<String> list = map.computeIfAbsent(kind, k -> new ArrayList<>());
            for (String c : row.cell(1).split("\\s+")) {
                if (!c.isEmpty()) {
                    list.add(ExternalIri.parse(c).orElseThrow(() -> row.error("not a QID or IRI: '" + c + "'")));
                }
            }
        }
        return new TypeMap(map);
    }

    /** A map given in code (tests, callers with their own configuration). */
    public static TypeMap of(Map<Kind, List<String>> classes) {
        Map<Kind, List<String>> map = new EnumMap<>(Kind.class);
        map.putAll(classes);
        return new TypeMap(map);
    }

    /** The external classes allowed for {@code kind}; empty when the kind is not reconciled. */
    public List<String> classes(Kind kind) {
        return List.copyOf(classes.getOrDefault(kind, List.of()));
    }
}
