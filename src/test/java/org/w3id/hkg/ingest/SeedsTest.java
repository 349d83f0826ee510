package org.w3id.hkg.ingest;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hkg.ingest.Fixtures.READER;

/** The two seed documents (byte copies in seeds/) read with the expected structure. */
class SeedsTest {
    private static final Path SEEDS = Path.of("seeds");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    private static SourceDocument seed(String prefix) throws Exception {
        try (var files = Files.list(SEEDS)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return READER.read(file);
        }
    }

    private static void assertClean(String text) {
        assertFalse(text.isEmpty());
        for (String line : text.split("\n", -1)) {
            assertFalse(line.isBlank(), "no empty lines");
            assertEquals(line.strip(), line, "lines are trimmed");
            assertFalse(line.contains("  "), "white space collapsed: " + line);
            assertFalse(line.contains("<") && line.contains(">"), "no tags: " + line);
            assertFalse(line.contains("]("), "no Markdown links: " + line);
        }
    }

    @Test
    void frontMatterSeedWithHtmlBody() throws Exception {
        SourceDocument d = seed("000_");
        assertEquals("markdown", d.format());
        assertEquals("UTF-8", d.charset());
        assertEquals(LocalDate.of(2022, 1, 13), d.meta().published());
        assertEquals("界面新闻", d.meta().publisher());
        assertNotNull(d.meta().title());
        assertEquals("zh-Hans", d.meta().lang());
        assertTrue(HEX64.matcher(d.meta().sha256()).matches());
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
        assertClean(d.text());
        List<String> lines = List.of(d.text().split("\n"));
        assertTrue(lines.size() >= 10, "the letters' paragraphs are kept");
        assertTrue(lines.stream().filter(l -> l.length() > 60).count() >= 6, "long paragraphs: " + lines);
        assertFalse(d.text().contains("返回首页"), "trailing navigation links are dropped");
        assertFalse(d.text().contains("文章来源"), "the source line became metadata");
        assertFalse(d.text().contains("http"), "no addresses left in the text");
    }

    @Test
    void pageDumpSeed() throws Exception {
        SourceDocument d = seed("003_");
        assertEquals("text", d.format());
        assertEquals("UTF-8", d.charset());
        assertEquals(LocalDate.of(2021, 12, 10), d.meta().published());
        assertEquals("陕西日报", d.meta().publisher());
        assertNotNull(d.meta().author());
        assertNotNull(d.meta().title());
        assertEquals("zh-Hans", d.meta().lang());
        assertClean(d.text());
        String text = d.text();
        for (String chrome : List.of("ICP备", "分享到", "联系我们", "Copyright", "通版", "发布日期", "新闻热线", "公网安备")) {
            assertFalse(text.contains(chrome), "boilerplate '" + chrome + "' is dropped");
        }
        assertTrue(text.startsWith(d.meta().title() + "\n"), "the headline opens the text");
        assertTrue(text.split("\n").length >= 15, "the article paragraphs are kept");
        assertTrue(text.lines().reduce((a, b) -> b).orElseThrow().length() > 100, "the article's last paragraph is kept");
    }
}
