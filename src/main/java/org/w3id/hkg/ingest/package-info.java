/**
 * Ingest stage: reads news files into {@link org.w3id.hkg.ingest.SourceDocument}s.
 *
 * <p>{@link org.w3id.hkg.ingest.InputFiles} lists the files under the paths a user names;
 * {@link org.w3id.hkg.ingest.NewsReader} reads each one: charset (BOM, declaration, UTF-8, then ICU among
 * GB18030 and Big5), format (front matter, HTML or plain text, from the content), body text (one paragraph
 * per line, markup and site chrome removed) and metadata. Word lists that shape the rules (site chrome,
 * outlet-name suffixes, frequent characters) live in {@code data/ingest/*.txt} and are read from the classpath.
 */
package org.w3id.hkg.ingest;
