package org.w3id.hkg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTrieTest {
    private static List<String> at(WordTrie<String> trie, String text, int at, int limit) {
        List<String> out = new ArrayList<>();
        trie.matchesAt(text, at, limit, (end, v) -> out.add(text.substring(at, end) + "=" + v));
        return out;
    }

    @Test
    void findsEveryWordStartingAtAnOffsetShortestFirst() {
        WordTrie<String> trie = WordTrie.of(Map.of("医院", "h", "医院集团", "g", "集团", "c", "院", "x"));
        String text = "明德医院集团";
        assertEquals(List.of("医院=h", "医院集团=g"), at(trie, text, 2, text.length()));
        assertEquals(List.of("医院=h"), at(trie, text, 2, 5));
        assertEquals(List.of("院=x"), at(trie, text, 3, text.length()));
        assertEquals(List.of(), at(trie, text, 0, text.length()));
        assertEquals(4, trie.size());
    }

    @Test
    void putReplacesAndPutIfAbsentKeeps() {
        WordTrie<String> trie = new WordTrie<>();
        trie.put("联盟", "a");
        trie.put("联盟", "b");
        trie.putIfAbsent("联盟", "c");
        trie.putIfAbsent("医联体", "d");
        assertEquals("b", trie.get("联盟"));
        assertEquals("d", trie.get("医联体"));
        assertNull(trie.get("联"));
        assertNull(trie.get("联盟体"));
        assertEquals(2, trie.size());
    }
}
