package org.w3id.hkg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.hkg.eval.Column.Role;

/**
 * Scores the rows of one fact query: facts are compared by their key columns (entities mapped to
 * gold ids, codes normalised), then attributes are compared among the matched facts.
 */
record FactScorer(Gold gold, NameIndex index) {
    QueryScore score(FactQuery q, List<Map<String, String>> rows) {
        Map<List<String>, List<List<String>>> expected = new LinkedHashMap<>();
        for (List<String> tuple : gold.facts(q.name())) {
            expected.computeIfAbsent(goldKey(q, tuple), k -> new ArrayList<>()).add(tuple);
        }
        Map<List<String>, List<Map<String, String>>> predicted = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            predicted.computeIfAbsent(rowKey(q, row), k -> new ArrayList<>()).add(row);
        }
        Sets<List<String>> s = new Sets<>(expected.keySet(), predicted.keySet());
        List<Agreement> agreements = new ArrayList<>();
        for (int i = 0; i < q.columns().size(); i++) {
            Column c = q.columns().get(i);
            if (!c.isKey()) {
                agreements.add(agreement(i, c, s.both(), expected, predicted));
            }
        }
        return new QueryScore(q.name(), expected.size(), predicted.size(), s.both().size(), agreements,
                cells(q, s.onlyFirst()), cells(q, s.onlySecond()));
    }

    private static List<String> goldKey(FactQuery q, List<String> tuple) {
        List<String> key = new ArrayList<>();
        for (int i = 0; i < tuple.size(); i++) {
            Column c = q.columns().get(i);
            if (c.isKey()) {
                key.add(c.role() == Role.CODE_KEY ? Names.code(tuple.get(i)) : tuple.get(i));
            }
        }
        return key;
    }

    private List<String> rowKey(FactQuery q, Map<String, String> row) {
        List<String> key = new ArrayList<>();
        for (Column c : q.columns()) {
            String v = row.get(c.name());
            if (c.role() == Role.CODE_KEY) {
                key.add(v == null ? "" : Names.code(v));
            } else if (c.role() == Role.ENTITY_KEY) {
                String id = index.resolve(v, c.types());
                key.add(id != null ? id : NameIndex.UNMAPPED + Objects.requireNonNullElse(Names.normalize(v), ""));
            }
        }
        return key;
    }

    private Agreement agreement(int i, Column c, Set<List<String>> matched,
                                Map<List<String>, List<List<String>>> expected,
                                Map<List<String>, List<Map<String, String>>> predicted) {
        int checked = 0;
        int agreed = 0;
        for (List<String> key : matched) {
            Set<String> want = expected.get(key).stream().map(t -> t.get(i)).filter(Objects::nonNull)
                    .map(v -> goldValue(c, v)).collect(Collectors.toSet());
            if (want.isEmpty()) {
                continue;
            }
            checked++;
            boolean hit = predicted.get(key).stream().map(r -> rowValue(c, r.get(c.name())))
                    .anyMatch(want::contains);
            agreed += hit ? 1 : 0;
        }
        return new Agreement(c.name(), checked, agreed);
    }

    private static String goldValue(Column c, String v) {
        return switch (c.role()) {
            case DATE -> Names.day(v);
            case ENTITY -> v;
            default -> Names.normalize(v);
        };
    }

    private String rowValue(Column c, String v) {
        if (v == null) {
            return null;
        }
        return switch (c.role()) {
            case DATE -> Names.day(v);
            case ENTITY -> index.resolve(v, c.types());
            default -> Names.normalize(v);
        };
    }

    private List<List<String>> cells(FactQuery q, Set<List<String>> keys) {
        List<Column> keyColumns = q.columns().stream().filter(Column::isKey).toList();
        List<List<String>> out = new ArrayList<>();
        for (List<String> key : keys) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < key.size(); i++) {
                row.add(keyColumns.get(i).isEntity() ? index.label(key.get(i)) : key.get(i));
            }
            out.add(row);
        }
        return out;
    }
}
