package org.w3id.hkg.extract.entity;

import java.util.HashMap;
import java.util.Map;

/**
 * A character trie over words, each with a value: finds every word that starts at a given offset of
 * a text in one walk, instead of testing each word of a table there. Not thread-safe while words are
 * added; safe to read from many threads once built.
 */
public final class WordTrie<V> {
    /** Receives a word found at the offset searched: its end offset (exclusive) and its value. */
    @FunctionalInterface
    public interface Visitor<V> {
        void hit(int end, V value);
    }

    private static final class Node<V> {
        private Map<Character, Node<V>> next;
        private V value;
    }

    private final Node<V> root = new Node<>();
    private int size;

    /** A trie of the keys of {@code words} with their values. */
    public static <V> WordTrie<V> of(Map<String, V> words) {
        WordTrie<V> trie = new WordTrie<>();
        words.forEach(trie::put);
        return trie;
    }

    /** Adds a non-empty word, replacing the value it had. */
    public void put(String word, V value) {
        if (word.isEmpty() || value == null) {
            throw new IllegalArgumentException("empty word or null value");
        }
        Node<V> n = root;
        for (int i = 0; i < word.length(); i++) {
            if (n.next == null) {
                n.next = new HashMap<>(4);
            }
            n = n.next.computeIfAbsent(word.charAt(i), c -> new Node<>());
        }
        size += n.value == null ? 1 : 0;
        n.value = value;
    }

    /** Adds a non-empty word unless it is there already. */
    public void putIfAbsent(String word, V value) {
        if (get(word) == null) {
            put(word, value);
        }
    }

    /** The value of {@code word}, or null. */
    public V get(String word) {
        Node<V> n = root;
        for (int i = 0; i < word.length() && n != null; i++) {
            n = n.next == null ? null : n.next.get(word.charAt(i));
        }
        return n == null ? null : n.value;
    }

    public int size() {
        return size;
    }

    /** Calls {@code visitor} for each word that starts at {@code at} of {@code text}, shortest first. */
    public void matchesAt(CharSequence text, int at, Visitor<V> visitor) {
        matchesAt(text, at, text.length(), visitor);
    }

    /** Calls {@code visitor} for each word that starts at {@code at} and ends by {@code limit} of {@code text}, shortest first. */
    public void matchesAt(CharSequence text, int at, int limit, Visitor<V> visitor) {
        Node<V> n = root;
        for (int i = at; i < limit && n.next != null; i++) {
            n = n.next.get(text.charAt(i));
            if (n == null) {
                return;
            }
            if (n.value != null) {
                visitor.hit(i + 1, n.value);
            }
        }
    }
}
