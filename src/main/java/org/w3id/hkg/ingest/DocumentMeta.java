package org.w3id.hkg.ingest;

import java.time.LocalDate;

/**
 * Metadata of a news document. Any field but {@code sha256} may be null when the document does not say.
 *
 * @param title     headline
 * @param published publication date
 * @param publisher outlet (界面新闻, 陕西日报 ...)
 * @param author    byline author or editor
 * @param url       original address
 * @param lang      BCP 47 language tag: "zh-Hans", "zh-Hant" or "en"
 * @param sha256    hex SHA-256 of the file's bytes
 */
public record DocumentMeta(String title, LocalDate published, String publisher, String author,
                           String url, String lang, String sha256) {
}
