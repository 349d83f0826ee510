package org.w3id.hkg.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hkg.ingest.Fixtures.PARAGRAPH_HANS;
import static org.w3id.hkg.ingest.Fixtures.READER;
import static org.w3id.hkg.ingest.Fixtures.write;

/** Bad input: a one-line reason, never a stack trace; recoverable problems become warnings. */
class BadInputTest {
    @TempDir
    Path dir;

    private String reason(Path file) {
        IngestException e = assertThrows(IngestException.class, () -> READER.read(file));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertFalse(e.getMessage().contains(file.getFileName().toString()), "the caller adds the file name");
        return e.getMessage();
    }

    @Test
    void emptyFile() throws Exception {
        assertEquals("empty file", reason(write(dir, "empty.txt", new byte[0])));
    }

    @Test
    void whiteSpaceOnly() throws Exception {
        assertEquals("no text: the file holds only white space", reason(write(dir, "ws.txt", " \n\t\r\n　\n")));
    }

    @Test
    void nulBytes() throws Exception {
        byte[] bytes = ("abc" + PARAGRAPH_HANS).getBytes(StandardCharsets.UTF_8);
        bytes[1] = 0;
        assertEquals("binary content (NUL bytes)", reason(write(dir, "nul.bin", bytes)));
    }

    @Test
    void mostlyControlCharacters() throws Exception {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 'a' : 0x01 + i % 7);
        }
        assertTrue(reason(write(dir, "ctl.bin", bytes)).startsWith("binary content ("));
    }

    @Test
    void missingFile() {
        assertEquals("no such file", reason(dir.resolve("absent.txt")));
    }

    @Test
    void onlyBoilerplate() throws Exception {
        String page = "分享到 微信 微博\n联系我们\n青ICP备00000000号\n";
        assertEquals("no article text: only markup, metadata or site boilerplate", reason(write(dir, "chrome.txt", page)));
    }

    @Test
    void unclosedFrontMatterIsReadAsTextWithAWarning() throws Exception {
        String md = "---\ntitle: 标题\n" + PARAGRAPH_HANS + "\n";
        SourceDocument d = READER.read(write(dir, "open.md", md));
        assertEquals("text", d.format());
        assertTrue(d.text().contains(PARAGRAPH_HANS));
        assertEquals(List.of("front matter is not closed by a '---' line; the rest is read as plain text"), d.warnings());
    }

    @Test
    void unclosedFrontMatterWithNothingElse() throws Exception {
        assertEquals("front matter is not closed by a '---' line, and no text follows it",
                reason(write(dir, "open2.md", "---\n\n")));
    }

    @Test
    void badYamlIsReadAsTextWithAWarning() throws Exception {
        String md = "---\ntitle: [unclosed\ndate: 2022-01-01\n---\n" + PARAGRAPH_HANS + "\n";
        SourceDocument d = READER.read(write(dir, "bad.md", md));
        assertEquals("text", d.format());
        assertEquals(PARAGRAPH_HANS, d.text());
        assertNull(d.meta().title());
        assertEquals(1, d.warnings().size());
        String w = d.warnings().get(0);
        assertTrue(w.startsWith("front matter is not valid YAML") && w.endsWith("; the rest is read as plain text"), w);
        assertFalse(w.contains("\n"));
    }

    @Test
    void badYamlWithNothingAfterIt() throws Exception {
        assertTrue(reason(write(dir, "bad2.md", "---\ntitle: [x\n---\n\n")).startsWith("front matter is not valid YAML"));
    }

    @Test
    void frontMatterThatIsNotAMapping() throws Exception {
        SourceDocument d = READER.read(write(dir, "list.md", "---\n- a\n- b\n---\n" + PARAGRAPH_HANS));
        assertEquals(List.of("front matter is not a YAML mapping of keys to values; the rest is read as plain text"),
                d.warnings());
    }

    @Test
    void fileTooLargeForANewsPageIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("dump.txt");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(NewsReader.MAX_FILE_BYTES + (1 << 20)); // sparse: nothing is written
        }
        assertEquals("file of 65.0 MiB is over the 64 MiB a news page can be: not read", reason(big));
    }

    @Test
    void jsonDataBesideTheArticlesIsRefusedButABracketedHeadlineIsNot() throws Exception {
        assertEquals("JSON data, not a news article",
                reason(write(dir, "gold.json", "{\"docs\": {\"a.md\": {\"mentions\": [\"青禾市第三人民医院\"]}}}\n")));
        assertEquals("JSON data, not a news article", reason(write(dir, "list.txt", " [\"青禾市\", 3, null] ")));
        String headline = "[快讯] " + PARAGRAPH_HANS + " [完]";
        assertEquals(headline, READER.read(write(dir, "flash.txt", headline)).text());
    }

    @Test
    void articleTextOverTheCharacterLimitIsRefused() throws Exception {
        Path file = write(dir, "long.txt", PARAGRAPH_HANS + "\n" + PARAGRAPH_HANS);
        int length = READER.read(file).text().length();
        NewsReader limited = READER.withMaxChars(length - 1);
        IngestException e = assertThrows(IngestException.class, () -> limited.read(file));
        assertEquals(String.format(java.util.Locale.ROOT,
                "article text of %,d characters is over the limit of %,d (--max-chars): not read as one article",
                length, length - 1), e.getMessage());
        assertEquals(PARAGRAPH_HANS + "\n" + PARAGRAPH_HANS, READER.withMaxChars(length).read(file).text(),
                "a text of exactly the limit is read");
        assertThrows(IllegalArgumentException.class, () -> READER.withMaxChars(0));
    }

    @Test
    void impossibleFrontMatterDate() throws Exception {
        SourceDocument d = READER.read(write(dir, "feb.md", "---\ntitle: t\ndate: 2022-02-30\n---\n" + PARAGRAPH_HANS));
        assertNull(d.meta().published());
        assertEquals(List.of("impossible date '2022-02-30': publication date left empty"), d.warnings());
        assertEquals(PARAGRAPH_HANS, d.text());
    }

    @Test
    void impossibleDateInTextLine() throws Exception {
        SourceDocument d = READER.read(write(dir, "feb.txt", "发布日期:2021年2月30日\n" + PARAGRAPH_HANS));
        assertNull(d.meta().published());
        assertEquals(List.of("impossible date '2021年2月30日': publication date left empty"), d.warnings());
    }

    @Test
    void impossibleDatelineDate() throws Exception {
        SourceDocument d = READER.read(write(dir, "dl.txt", "东岚社2021年2月30日电 " + PARAGRAPH_HANS));
        assertNull(d.meta().published());
        assertEquals(List.of("impossible date '2021年2月30日': publication date left empty"), d.warnings());
    }

    @Test
    void frontMatterDateThatIsNoDate() throws Exception {
        SourceDocument d = READER.read(write(dir, "nd.md", "---\ndate: 昨天\n---\n" + PARAGRAPH_HANS));
        assertNull(d.meta().published());
        assertEquals(List.of("front matter date '昨天' is not a date"), d.warnings());
    }
}
