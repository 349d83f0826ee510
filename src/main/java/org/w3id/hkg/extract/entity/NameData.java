package org.w3id.hkg.extract.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.w3id.hkg.extract.EntityType;

/**
 * The general knowledge the entity recogniser and the resolver use, read from the files of
 * {@code data/names/} (each file documents its format in a header comment): organisation suffixes,
 * generic words, stop words, person role words, place names, known aliases and an English→Chinese
 * glossary of organisation words.
 *
 * @param suffixes    organisation suffixes, longest first
 * @param generic     words that do not make a name specific
 * @param stopWords   tokens that end a name on its left
 * @param roles       role words that confirm a person name
 * @param bylineWords words that mark a byline (记者, 编辑): the name after them is rejected
 * @param places      place names
 * @param aliases     known aliases
 * @param glossary    English word(s), lower case → Chinese renderings
 * @param industry    industry and legal words a company's short name drops
 * @param surnames    common Chinese family names
 * @param specialties medical specialty words, name parts whatever their part of speech
 * @param kinds       words for a kind of organisation (民营, 公立): with places and generic words only, a description
 * @param terms       common terms that begin with an organisation suffix (医院感染): there the suffix heads no name
 */
public record NameData(List<OrgSuffix> suffixes, Set<String> generic, Set<String> stopWords, Set<String> roles,
                       Set<String> bylineWords, Set<String> places, List<KnownAlias> aliases,
                       Map<String, List<String>> glossary, Set<String> industry,
                       Set<String> surnames, Set<String> specialties, Set<String> kinds,
                       Set<String> terms) {

    /** Files of the data directory. */
    static final List<String> FILES = List.of("org-suffixes.tsv", "generic-words.txt", "stop-words.txt",
            "person-roles.txt", "places.txt", "aliases.tsv", "org-glossary.tsv", "industry-words.txt", "surnames.txt", "specialties.txt",
            "kind-words.txt", "suffix-terms.txt");

    /** A known alias from {@code aliases.tsv}. */
    public record KnownAlias(String canonical, String alias, EntityType type, String note) {
    }

    /** Reads the files from a directory such as {@code data/names}. */
    public static NameData fromDirectory(Path dir) {
        return parse(name -> {
            try {
                return Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dir.resolve(name), e);
            }
        });
    }

    /** Reads the files packaged in the jar under {@code /data/names/}. */
    public static NameData fromClasspath() {
        return parse(name -> {
            try (InputStream in = NameData.class.getResourceAsStream("/data/names/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource /data/names/" + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static NameData parse(Function<String, List<String>> reader) {
        List<OrgSuffix> suffixes = new ArrayList<>();
        for (String[] row : rows(reader.apply("org-suffixes.tsv"))) {
            Set<String> flags = Set.of(col(row, 2).split(","));
            String canon = col(row, 3).isEmpty() ? row[0] : col(row, 3);
            suffixes.add(new OrgSuffix(row[0], EntityType.ofCode(row[1]), flags.contains("place"),
                    flags.contains("legal"), canon));
        }
        suffixes.sort(Comparator.comparingInt((OrgSuffix s) -> s.suffix().length()).reversed());
        Set<String> roles = new LinkedHashSet<>();
        Set<String> byline = new LinkedHashSet<>();
        for (String word : words(reader.apply("person-roles.txt"))) {
            if (word.startsWith("-")) {
                byline.add(word.substring(1));
            } else {
                roles.add(word);
            }
        }
        List<KnownAlias> aliases = new ArrayList<>();
        for (String[] row : rows(reader.apply("aliases.tsv"))) {
            aliases.add(new KnownAlias(row[0], row[1], EntityType.ofCode(row[2]), col(row, 3)));
        }
        Map<String, List<String>> glossary = new LinkedHashMap<>();
        for (String[] row : rows(reader.apply("org-glossary.tsv"))) {
            glossary.put(row[0].toLowerCase(java.util.Locale.ROOT), List.of(row[1].split("\\|")));
        }
        return new NameData(List.copyOf(suffixes), words(reader.apply("generic-words.txt")),
                words(reader.apply("stop-words.txt")), Set.copyOf(roles), Set.copyOf(byline),
                words(reader.apply("places.txt")), List.copyOf(aliases), Map.copyOf(glossary),
                words(reader.apply("industry-words.txt")), spaced(reader.apply("surnames.txt")),
                spaced(reader.apply("specialties.txt")), words(reader.apply("kind-words.txt")),
                words(reader.apply("suffix-terms.txt")));
    }

    private static String col(String[] row, int i) {
        return i < row.length ? row[i].trim() : "";
    }

    private static List<String[]> rows(List<String> lines) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t"));
            }
        }
        return rows;
    }

    private static Set<String> spaced(List<String> lines) {
        Set<String> words = new LinkedHashSet<>();
        for (String line : lines) {
            if (!line.startsWith("#")) {
                for (String w : line.trim().split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            }
        }
        return Set.copyOf(words);
    }

    private static Set<String> words(List<String> lines) {
        Set<String> words = new LinkedHashSet<>();
        for (String line : lines) {
            String w = line.trim();
            if (!w.isEmpty() && !w.startsWith("#")) {
                words.add(w);
            }
        }
        return Set.copyOf(words);
    }

    /** The suffix whose canonical spelling a name ending in {@code suffix} uses, or the suffix itself. */
    public String canonicalSuffix(String suffix) {
        for (OrgSuffix s : suffixes) {
            if (s.suffix().equals(suffix)) {
                return s.canon();
            }
        }
        return suffix;
    }

    /** The longest suffix that ends {@code name}, or null. */
    public OrgSuffix suffixOf(String name) {
        for (OrgSuffix s : suffixes) {
            if (name.endsWith(s.suffix())) {
                return s;
            }
        }
        return null;
    }
}
