package org.w3id.hkg.extract.relation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.w3id.hkg.extract.DocumentContext;
import org.w3id.hkg.extract.Fact;
import org.w3id.hkg.extract.Mention;
import org.w3id.hkg.extract.entity.EntityRecognizer;
import org.w3id.hkg.ingest.NewsReader;
import org.w3id.hkg.ingest.SourceDocument;

/**
 * Prints what the standard recogniser and the relation rules read from every file of a folder
 * ({@code -Dhkg.probe=DIR}): sentences with their mentions, then the facts. A tool for looking, not a check.
 */
@EnabledIfSystemProperty(named = "hkg.probe", matches = ".+")
class PipelineProbe {
    @Test
    void print() throws Exception {
        NewsReader reader = new NewsReader();
        EntityRecognizer recogniser = EntityRecognizer.withDefaults();
        FactExtractor facts = FactExtractor.fromClasspath();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("hkg.probe")))) {
            for (Path file : files.sorted().toList()) {
                SourceDocument doc = reader.read(file);
                DocumentContext ctx = recogniser.prepare(doc);
                List<Mention> mentions = recogniser.find(ctx);
                System.out.println("=== " + file.getFileName() + " published " + ctx.published() + " " + ctx.lang());
                if (System.getProperty("hkg.mentions") != null) {
                    ctx.sentences().forEach(s -> System.out.println("  S " + s.text().strip() + "\n     " + mentions.stream()
                            .filter(m -> m.begin() >= s.begin() && m.end() <= s.end())
                            .map(m -> m.surface() + "=" + m.ref().name() + "/" + m.ref().type().code()).toList()));
                }
                for (Fact f : facts.extract(ctx, mentions)) {
                    System.out.println("  " + f.toString().replaceAll("evidence=Evidence\\[.*?sentence=.*?\\], ", ""));
                }
            }
        }
    }
}
