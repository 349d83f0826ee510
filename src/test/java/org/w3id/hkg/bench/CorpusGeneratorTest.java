package org.w3id.hkg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hkg.eval.EvalResult;
import org.w3id.hkg.eval.Gold;
import org.w3id.hkg.eval.GoldDoc;
import org.w3id.hkg.eval.GoldEntity;
import org.w3id.hkg.eval.PerfectRows;
import org.w3id.hkg.eval.Report;
import org.w3id.hkg.eval.Scorer;

class CorpusGeneratorTest {
    private static final int N = 60;
    @TempDir
    static Path tmp;
    static Path corpus;
    static Gold gold;

    @BeforeAll
    static void generate() throws IOException {
        corpus = tmp.resolve("a");
        CorpusGenerator.Summary s = CorpusGenerator.generate(N, corpus, 42);
        assertEquals(N, s.documents());
        gold = Gold.parse(s.gold());
        assertEquals(gold.entities().size(), s.entities());
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve(CorpusGenerator.DOCS_DIR))) {
            return s.sorted().toList();
        }
    }

    @Test
    void sameSeedGivesByteIdenticalFiles() throws IOException {
        Path again = tmp.resolve("b");
        CorpusGenerator.generate(N, again, 42);
        List<Path> first = files(corpus);
        List<Path> second = files(again);
        assertEquals(first.stream().map(Path::getFileName).toList(), second.stream().map(Path::getFileName).toList());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)), first.get(i).toString());
        }
        Path other = tmp.resolve("c");
        CorpusGenerator.generate(N, other, 43);
        assertNotEquals(Files.readString(corpus.resolve("gold.json")), Files.readString(other.resolve("gold.json")));
    }

    @Test
    void writesNDocumentsAndAGoldThatDescribesThem() throws IOException {
        List<Path> files = files(corpus);
        assertEquals(N, files.size());
        assertEquals(N, gold.docs().size());
        for (GoldDoc d : gold.docs()) {
            assertTrue(Files.exists(corpus.resolve(CorpusGenerator.DOCS_DIR).resolve(d.file())), d.file());
            assertFalse(d.mentions().isEmpty(), d.file());
        }
        assertTrue(gold.entities().size() <= CorpusGenerator.poolSize(N) + 5);
        long withFacts = gold.docs().stream().filter(d -> d.facts().values().stream().anyMatch(l -> !l.isEmpty())).count();
        assertEquals(N, withFacts, "every document states at least one fact");
    }

    @Test
    void aPerfectGraphOfTheGeneratedGoldScoresOne() {
        EvalResult r = Scorer.score(gold, PerfectRows.of(gold));
        assertEquals(1.0, r.macroF1(), Report.table(r));
        assertEquals(1.0, r.fragmentation().value());
        r.queries().forEach(q -> q.agreements().forEach(a -> assertEquals(a.checked(), a.agreed(), q.query())));
    }

    @Test
    void formatsCharsetsAndScriptsAreMixed() throws IOException {
        Set<String> extensions = new HashSet<>();
        int gb = 0;
        for (Path f : files(corpus)) {
            String name = f.getFileName().toString();
            extensions.add(name.substring(name.lastIndexOf('.') + 1));
            gb += utf8(Files.readAllBytes(f)) == null ? 1 : 0;
        }
        assertEquals(Set.of("md", "html", "txt"), extensions);
        assertTrue(gb > 0 && gb < N / 3, "some GB18030 documents: " + gb);
        long hant = gold.docs().stream().filter(d -> "zh-Hant".equals(d.lang())).count();
        assertTrue(hant > 0 && hant < N / 3, "some traditional documents: " + hant);
        String md = text(gold.docs().stream().filter(d -> d.file().endsWith(".md")).findFirst().orElseThrow());
        assertTrue(md.matches("(?s)---\ntitle: \".*\"\ndate: \\d{4}-\\d{2}-\\d{2}\nsource: .*\nurl: https://.*\n---\n.*"), md);
        String txt = text(gold.docs().stream().filter(d -> d.file().endsWith(".txt")).findFirst().orElseThrow());
        assertTrue(txt.matches("(?s)[^\n]+\n(发布日期|發佈日期):\\d{4}年\\d{1,2}月\\d{1,2}日\n.*"), txt);
    }

    @Test
    void everyGoldNameAndCodeAppearsInItsDocument() throws IOException {
        for (GoldDoc d : gold.docs()) {
            String text = text(d);
            for (String id : d.mentions()) {
                GoldEntity e = gold.entity(id);
                assertTrue(e.names().stream().anyMatch(text::contains), d.file() + " names " + e);
            }
            d.facts().forEach((kind, tuples) -> tuples.forEach(t -> {
                t.stream().filter(v -> v != null && gold.entity(v) != null)
                        .forEach(id -> assertTrue(d.mentions().contains(id), d.file() + " " + kind + " " + t));
                if (kind.equals("listings")) {
                    assertTrue(text.contains(t.get(1)), d.file() + " ticker " + t);
                }
                if (kind.equals("roles")) {
                    assertTrue(text.contains(t.get(2)), d.file() + " role " + t);
                }
            }));
        }
    }

    @Test
    void traditionalDocumentsUseTraditionalNamesListedInTheGold() throws IOException {
        GoldDoc hant = gold.docs().stream().filter(d -> "zh-Hant".equals(d.lang())).findFirst().orElseThrow();
        String text = text(hant);
        assertTrue(text.contains("醫") || text.contains("衛") || text.contains("聯"), text);
        for (String id : hant.mentions()) {
            assertTrue(gold.entity(id).names().stream().anyMatch(n -> text.contains(n) && !n.equals(gold.entity(id).name())),
                    hant.file() + " " + gold.entity(id));
        }
    }

    private static String text(GoldDoc d) throws IOException {
        byte[] bytes = Files.readAllBytes(corpus.resolve(CorpusGenerator.DOCS_DIR).resolve(d.file()));
        String utf8 = utf8(bytes);
        return utf8 != null ? utf8 : new String(bytes, Charset.forName("GB18030"));
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
