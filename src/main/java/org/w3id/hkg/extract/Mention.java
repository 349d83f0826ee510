package org.w3id.hkg.extract;

/**
 * A place in the text that names an entity, or refers to one (我院, 该院, 公司 resolved to the entity in focus).
 *
 * @param begin      UTF-16 offset in the document text
 * @param end        end offset (exclusive)
 * @param surface    the text as written
 * @param ref        the entity referred to, by canonical name within the document
 * @param confidence 0..1
 */
public record Mention(int begin, int end, String surface, EntityRef ref, double confidence) {
}
