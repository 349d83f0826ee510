package org.w3id.hkg.extract.relation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The word lists relation extraction reads, from {@code data/relations/}: {@code outcomes.tsv} (word →
 * incident outcome code), {@code measures.tsv} (word → sanction measure code, scope), {@code roles.txt}
 * (role words; lines "@en word" are English role words) and {@code exchanges.tsv} (ticker form →
 * exchange code).
 *
 * @param outcomes  incident outcome words
 * @param measures  sanction measure words; attribute "org", "person" or "any" says whom it can be against
 * @param roles     Chinese role words (code = the word)
 * @param english   English role words, lower case
 * @param exchanges ticker forms (".SZ", "HK", "6") with their exchange codes
 */
public record RelationLexicon(WordTable outcomes, WordTable measures, WordTable roles, List<String> english,
                              WordTable exchanges) {
    /** The classpath folder the files are packaged under. */
    public static final String RESOURCE_DIR = "data/relations/";

    public RelationLexicon {
        english = List.copyOf(english);
    }

    /** Loads the lists packaged on the classpath (the project's {@code data/relations/}). */
    public static RelationLexicon fromClasspath() {
        ClassLoader cl = RelationLexicon.class.getClassLoader();
        return load(name -> {
            InputStream in = cl.getResourceAsStream(RESOURCE_DIR + name);
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE_DIR + name);
            }
            return in;
        });
    }

    /** Loads the lists from a folder laid out as {@code data/relations/}. */
    public static RelationLexicon fromDirectory(Path dir) {
        return load(name -> {
            try {
                return Files.newInputStream(dir.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private interface Source {
        InputStream open(String name);
    }

    private static RelationLexicon load(Source source) {
        List<WordTable.Entry> roles = new ArrayList<>();
        List<String> english = new ArrayList<>();
        for (WordTable.Entry e : WordTable.parse(source.open("roles.txt")).entries()) {
            if (e.word().startsWith("@en ")) {
                english.add(e.word().substring(4).trim().toLowerCase(Locale.ROOT));
            } else {
                roles.add(new WordTable.Entry(e.word(), e.word(), ""));
            }
        }
        return new RelationLexicon(WordTable.parse(source.open("outcomes.tsv")), WordTable.parse(source.open("measures.tsv")),
                new WordTable(roles), english, WordTable.parse(source.open("exchanges.tsv")));
    }
}
