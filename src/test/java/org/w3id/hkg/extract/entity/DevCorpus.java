package org.w3id.hkg.extract.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3id.hkg.ingest.DocumentMeta;
import org.w3id.hkg.ingest.SourceDocument;

/** A minimal reader of the development corpus for the dev harness (UTF-8, front matter, HTML paragraphs). */
final class DevCorpus {
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private DevCorpus() {
    }

    static List<SourceDocument> readAll(Path dir) throws IOException {
        List<SourceDocument> docs = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                docs.add(read(f));
            }
        }
        return docs;
    }

    static SourceDocument read(Path file) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        String body = raw;
        String front = "";
        if (raw.startsWith("---")) {
            int end = raw.indexOf("\n---", 3);
            front = raw.substring(3, end);
            body = raw.substring(raw.indexOf('\n', end + 1) + 1);
        }
        LocalDate date = null;
        Matcher m = DATE.matcher(front.isEmpty() ? raw.substring(0, Math.min(400, raw.length())) : front);
        if (m.find()) {
            date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        String format = "text";
        if (body.contains("<p")) {
            Document d = Jsoup.parse(body);
            StringBuilder sb = new StringBuilder();
            for (Element p : d.select("p")) {
                sb.append(p.text()).append('\n');
            }
            body = sb.toString();
            format = "html";
        }
        String lang = file.getFileName().toString().contains("mayo-care") ? "en" : null;
        return new SourceDocument(file.getFileName().toString(), file, format, "UTF-8", body,
                new DocumentMeta(null, date, null, null, null, lang, ""), List.of());
    }
}
