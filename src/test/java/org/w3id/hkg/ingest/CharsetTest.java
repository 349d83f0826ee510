package org.w3id.hkg.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hkg.ingest.Fixtures.PARAGRAPH_HANS;
import static org.w3id.hkg.ingest.Fixtures.PARAGRAPH_HANT;
import static org.w3id.hkg.ingest.Fixtures.READER;
import static org.w3id.hkg.ingest.Fixtures.write;

/** Charset detection: BOM, declaration, UTF-8 validity, then ICU among GB18030 and Big5. */
class CharsetTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final String TEXT_HANS = "发布日期:2021年05月06日\n" + PARAGRAPH_HANS + "\n" + PARAGRAPH_HANS;
    private static final String TEXT_HANT = "發布日期:2021年05月06日\n" + PARAGRAPH_HANT + "\n" + PARAGRAPH_HANT;

    @TempDir
    Path dir;

    @Test
    void utf8WithoutBom() throws Exception {
        SourceDocument d = READER.read(write(dir, "u.txt", TEXT_HANS));
        assertEquals("UTF-8", d.charset());
        assertEquals(PARAGRAPH_HANS + "\n" + PARAGRAPH_HANS, d.text());
    }

    @Test
    void utf8WithBomDropsTheBom() throws Exception {
        byte[] body = TEXT_HANS.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        SourceDocument d = READER.read(write(dir, "bom.txt", bytes));
        assertEquals("UTF-8", d.charset());
        assertEquals(PARAGRAPH_HANS + "\n" + PARAGRAPH_HANS, d.text());
    }

    @Test
    void utf16WithBom() throws Exception {
        SourceDocument d = READER.read(write(dir, "u16.txt", "\uFEFF" + TEXT_HANS, StandardCharsets.UTF_16LE));
        assertEquals("UTF-16LE", d.charset());
        assertEquals(PARAGRAPH_HANS + "\n" + PARAGRAPH_HANS, d.text());
    }

    @Test
    void gb18030Detected() throws Exception {
        SourceDocument d = READER.read(write(dir, "gb.txt", TEXT_HANS, GB18030));
        assertEquals("GB18030", d.charset());
        assertEquals(PARAGRAPH_HANS + "\n" + PARAGRAPH_HANS, d.text());
        assertEquals("zh-Hans", d.meta().lang());
        assertEquals(2021, d.meta().published().getYear());
    }

    @Test
    void big5Detected() throws Exception {
        SourceDocument d = READER.read(write(dir, "big5.txt", TEXT_HANT, BIG5));
        assertTrue(d.charset().startsWith("Big5"), d.charset());
        assertEquals(PARAGRAPH_HANT + "\n" + PARAGRAPH_HANT, d.text());
        assertEquals("zh-Hant", d.meta().lang());
    }

    @Test
    void htmlMetaCharsetIsHonoured() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "<title>标题</title></head><body><p>" + PARAGRAPH_HANS + "</p></body></html>";
        SourceDocument d = READER.read(write(dir, "gbk.html", html, GB18030));
        assertEquals("GB18030", d.charset());
        assertEquals(PARAGRAPH_HANS, d.text());
    }

    @Test
    void xmlDeclarationIsHonoured() throws Exception {
        String xhtml = "<?xml version=\"1.0\" encoding=\"big5\"?>\n<html><body><p>" + PARAGRAPH_HANT + "</p></body></html>";
        SourceDocument d = READER.read(write(dir, "x.xhtml", xhtml, BIG5));
        assertEquals("html", d.format());
        assertEquals("Big5", d.charset());
        assertEquals(PARAGRAPH_HANT, d.text());
    }

    @Test
    void wrongDeclarationFallsBackToDetection() throws Exception {
        String html = "<html><head><meta charset=\"big5\"><title>t</title></head><body><p>" + PARAGRAPH_HANS
                + "</p></body></html>";
        SourceDocument d = READER.read(write(dir, "lie.html", html));
        assertEquals("UTF-8", d.charset());
        assertEquals(PARAGRAPH_HANS, d.text());
    }

    @Test
    void truncatedUtf8IsRejected() throws Exception {
        byte[] bytes = TEXT_HANS.getBytes(StandardCharsets.UTF_8);
        Path file = write(dir, "cut.txt", Arrays.copyOf(bytes, bytes.length - 1 - 1));
        IngestException e = assertThrows(IngestException.class, () -> READER.read(file));
        assertEquals("truncated: the file ends inside a UTF-8 character", e.getMessage());
    }

    @Test
    void corruptUtf8IsRejected() throws Exception {
        byte[] bytes = TEXT_HANS.getBytes(StandardCharsets.UTF_8);
        bytes[100] = (byte) 0xFF;
        Path file = write(dir, "bad.txt", bytes);
        IngestException e = assertThrows(IngestException.class, () -> READER.read(file));
        assertTrue(e.getMessage().matches("corrupt UTF-8: \\d invalid byte\\(s\\), first at offset 100"), e.getMessage());
    }

    @Test
    void truncatedGb18030IsRejected() throws Exception {
        byte[] bytes = (TEXT_HANS + "医").getBytes(GB18030);
        Path file = write(dir, "cut-gb.txt", Arrays.copyOf(bytes, bytes.length - 1));
        IngestException e = assertThrows(IngestException.class, () -> READER.read(file));
        assertTrue(e.getMessage().startsWith("truncated") || e.getMessage().startsWith("undecodable"), e.getMessage());
    }

    @Test
    void bytesValidInNoCandidateAreRejected() throws Exception {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 0xFF : 0x41);
        }
        IngestException e = assertThrows(IngestException.class, () -> READER.read(write(dir, "ff.txt", bytes)));
        assertEquals("undecodable: the bytes are not valid UTF-8, GB18030 or Big5", e.getMessage());
    }

    @Test
    void shortTextsPickTheCharsetThatReadsAsChinese() throws Exception {
        SourceDocument gb = READER.read(write(dir, "s-gb.txt", "医院被罚款", GB18030));
        assertEquals("GB18030", gb.charset());
        assertEquals("医院被罚款", gb.text());
        SourceDocument big5 = READER.read(write(dir, "s-b5.txt", "醫院被罰款", BIG5));
        assertTrue(big5.charset().startsWith("Big5"), big5.charset());
        assertEquals("醫院被罰款", big5.text());
    }

    @Test
    void commonCharacterShare() {
        assertTrue(CommonHan.share(PARAGRAPH_HANS) > 0.5);
        assertTrue(CommonHan.share(PARAGRAPH_HANT) > 0.5);
        String wrong = new String(PARAGRAPH_HANS.getBytes(GB18030), BIG5);
        assertTrue(CommonHan.share(wrong) < 0.3, wrong);
    }
}
