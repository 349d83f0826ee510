package org.w3id.hkg.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.w3id.hkg.ingest.Fixtures.PARAGRAPH_HANS;
import static org.w3id.hkg.ingest.Fixtures.write;

/** Same bytes, same document: text, metadata and warnings do not depend on the run, the reader or the file name. */
class DeterminismTest {
    @TempDir
    Path dir;

    @Test
    void sameBytesSameDocument() throws Exception {
        String page = "<html><head><title>标题</title></head><body><p>" + PARAGRAPH_HANS
                + "</p><p>第二段，日期 2022-02-30。</p></body></html>";
        Path a = write(dir, "a.html", page);
        Path b = write(dir, "b.txt", page);
        SourceDocument first = Fixtures.READER.read(a);
        SourceDocument again = Fixtures.READER.read(a);
        SourceDocument fresh = new NewsReader().read(b);
        assertEquals(first, again);
        assertEquals(first.text(), fresh.text());
        assertEquals(first.meta(), fresh.meta());
        assertEquals(first.format(), fresh.format());
        assertEquals("b.txt", fresh.id());
    }

    @Test
    void sha256IsOfTheBytes() throws Exception {
        Path a = write(dir, "a.txt", PARAGRAPH_HANS);
        Path b = write(dir, "b.txt", PARAGRAPH_HANS + " ");
        String sa = Fixtures.READER.read(a).meta().sha256();
        assertEquals(64, sa.length(), "hex SHA-256");
        assertEquals(Sha256.hex(Files.readAllBytes(a)), sa);
        assertNotEquals(sa, Fixtures.READER.read(b).meta().sha256(), "trailing space changes the hash, not the text");
        assertEquals(Fixtures.READER.read(a).text(), Fixtures.READER.read(b).text());
    }

    @Test
    void lineEndingsDoNotChangeTheText() throws Exception {
        String unix = "标题行\n" + PARAGRAPH_HANS + "\n第二段。\n";
        SourceDocument lf = Fixtures.READER.read(write(dir, "lf.txt", unix));
        SourceDocument crlf = Fixtures.READER.read(write(dir, "crlf.txt", unix.replace("\n", "\r\n")));
        assertEquals(lf.text(), crlf.text());
        assertEquals(lf.meta().title(), crlf.meta().title());
    }

    @Test
    void parallelReadsGiveTheSameDocuments() throws Exception {
        List<Path> files = new ArrayList<>(InputFiles.list(List.of(Path.of("seeds"))));
        files.add(write(dir, "hant.txt", "標題\n" + Fixtures.PARAGRAPH_HANT));
        files.add(write(dir, "gb.txt", "标题\n" + PARAGRAPH_HANS, Charset.forName("GB18030")));
        NewsReader reader = new NewsReader();
        Map<Path, SourceDocument> sequential = new HashMap<>();
        for (Path f : files) {
            sequential.put(f, reader.read(f));
        }
        List<Path> many = Collections.nCopies(10, files).stream().flatMap(List::stream).toList();
        many.parallelStream().forEach(f -> {
            try {
                assertEquals(sequential.get(f), reader.read(f));
            } catch (IngestException e) {
                throw new AssertionError(e.getMessage());
            }
        });
    }
}
