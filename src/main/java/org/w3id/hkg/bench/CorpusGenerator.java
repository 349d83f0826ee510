package org.w3id.hkg.bench;

import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Generates a synthetic news corpus about hospitals with its {@code gold.json}, for load tests and
 * sanity checks (not for tuning: its sentences come from a few templates). Deterministic: the same
 * seed gives byte-identical files. Streams: one document is in memory at a time, beside the entity
 * pool (about √N·10 entities, so they recur across documents).
 */
public final class CorpusGenerator {
    /** Name of the gold file written beside the documents. */
    public static final String GOLD_FILE = "gold.json";
    /** Folder of the documents inside the corpus folder. */
    public static final String DOCS_DIR = "docs";
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);

    private CorpusGenerator() {
    }

    /**
     * What was written.
     *
     * @param documents documents written
     * @param entities  entities in the gold (those some document names)
     * @param gold      the gold file
     */
    public record Summary(int documents, int entities, Path gold) {
    }

    /** Pool size for a corpus of {@code docs} documents: √N·10, at least 20. */
    static int poolSize(int docs) {
        return Math.max(20, (int) Math.round(Math.sqrt(docs) * 10));
    }

    /**
     * Writes {@code docs} documents into {@code out/docs/} and {@code out/gold.json} (the layout of the
     * evaluation corpora), creating the folders if needed.
     */
    public static Summary generate(int docs, Path out, long seed) throws IOException {
        Path docsDir = Files.createDirectories(out.resolve(DOCS_DIR));
        EntityPool pool = EntityPool.generate(poolSize(docs), new Random(seed));
        Path goldFile = out.resolve(GOLD_FILE);
        int width = Math.max(5, String.valueOf(docs).length());
        try (Writer w = Files.newBufferedWriter(goldFile, StandardCharsets.UTF_8)) {
            GoldWriter gold = new GoldWriter(w, "generated-" + seed);
            for (int i = 1; i <= docs; i++) {
                writeDocument(docsDir, String.format("doc-%0" + width + "d", i), new Random(mix(seed, i)), pool, gold);
            }
            List<Map.Entry<GenEntity, List<String>>> used = pool.usedWithNames();
            gold.finish(used);
            return new Summary(docs, used.size(), goldFile);
        }
    }

    private static void writeDocument(Path out, String stem, Random r, EntityPool pool, GoldWriter gold)
            throws IOException {
        LocalDate published = FIRST_DAY.plusDays(r.nextInt(7 * 365));
        boolean traditional = r.nextInt(10) == 0;
        boolean gb18030 = r.nextInt(10) == 0;
        int f = r.nextInt(10);
        DocFormat format = f < 4 ? DocFormat.MARKDOWN : f < 7 ? DocFormat.HTML : DocFormat.TEXT;
        Function<String, String> script = traditional ? HanLP::convertToTraditionalChinese : s -> s;

        DocDraft d = new DocDraft(r, published, !traditional);
        Stories.tell(d, pool);
        String title = join(d.titleSegments(), script);
        List<String> paragraphs = d.paragraphs().stream().map(p -> join(p, script)).toList();
        String url = String.format("https://news.example.org/%d/%02d%02d/%s.html", published.getYear(),
                published.getMonthValue(), published.getDayOfMonth(), stem);
        String text = format.render(title, published, script.apply(EntityPool.any(Vocab.SOURCES, r)), url, paragraphs,
                gb18030 ? "gb18030" : "utf-8", new DocFormat.Labels(script.apply("发布日期:"), script.apply("来源:")));
        String file = stem + "." + format.extension;
        Files.write(out.resolve(file), text.getBytes(gb18030 ? GB18030 : StandardCharsets.UTF_8));

        d.mentions().forEach(e -> pool.mentioned(e, script));
        gold.doc(file, published.toString(), traditional ? "zh-Hant" : "zh-Hans",
                d.mentions().stream().map(GenEntity::id).toList(), rolesAsWritten(d.facts(), script));
    }

    /** Role texts in the gold as the document writes them (traditional in a zh-Hant document). */
    private static Map<String, List<List<String>>> rolesAsWritten(Map<String, List<List<String>>> facts,
                                                                  Function<String, String> script) {
        Map<String, List<List<String>>> out = new LinkedHashMap<>(facts);
        out.put("roles", facts.get("roles").stream()
                .map(t -> List.of(t.get(0), t.get(1), script.apply(t.get(2)))).toList());
        return out;
    }

    private static String join(List<String> segments, Function<String, String> script) {
        StringBuilder b = new StringBuilder();
        segments.forEach(s -> b.append(script.apply(s)));
        return b.toString();
    }

    /** A well-spread per-document seed (SplitMix64 finaliser). */
    static long mix(long seed, long index) {
        long z = seed + index * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
