package org.w3id.hkg.extract.entity;

import java.util.List;
import org.w3id.hkg.extract.Sentence;

/**
 * A sentence as the recogniser sees it: its clean view and its words.
 *
 * @param sentence the sentence
 * @param view     its normalised text without pinyin annotations, with the offset map
 * @param tokens   the words of {@code view.text()}
 */
public record SentenceView(Sentence sentence, CleanView view, List<Token> tokens) {
    /** The clean text. */
    public String text() {
        return view.text();
    }

    /** The view of a sentence, segmented. */
    public static SentenceView of(Sentence sentence) {
        CleanView view = CleanView.of(sentence.norm());
        return new SentenceView(sentence, view, Segmenter.tokens(view.text()));
    }
}
