package org.w3id.hkg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tiny hand-written gold standard and rows that match it, for the scorer tests. */
final class TinyGold {
    private TinyGold() {
    }

    static final String JSON = """
            {
              "corpus": "tiny",
              "entities": {
                "qs":     {"type": "hospital",  "names": ["青山仁爱医院", "仁爱医院", "Qingshan Renai Hospital"]},
                "hy":     {"type": "company",   "names": ["华越医疗投资股份有限公司", "华越医疗"]},
                "qs-wjw": {"type": "regulator", "names": ["青山市卫生健康委员会", "青山卫健委"]},
                "lm":     {"type": "alliance",  "names": ["长江医疗联盟"]},
                "zw":     {"type": "person",    "names": ["张伟"]}
              },
              "docs": {
                "a.md": {
                  "published": "2023-04-02", "lang": "zh-Hans",
                  "mentions": ["qs", "hy", "qs-wjw", "lm", "zw"],
                  "ownership":  [["qs", "hy"]],
                  "membership": [["qs", "lm", "2023-03-01"]],
                  "incidents":  [["qs", "death", "2023-02-10"]],
                  "sanctions":  [["qs", "fine", "qs-wjw", "2023-04-01"], ["qs", "warning", null, null]],
                  "listings":   [["hy", "600123"]],
                  "roles":      [["zw", "hy", "董事长"]]
                },
                "b.txt": {
                  "published": "2023-05-01",
                  "mentions": ["qs", "zw"],
                  "incidents": [["qs", "death", null]],
                  "roles": [["zw", "qs", "院长"]]
                }
              }
            }
            """;

    static Gold gold() {
        return Gold.parse(JSON);
    }

    /** A row from alternating variable names and values. */
    static Map<String, String> row(String... kv) {
        Map<String, String> r = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            r.put(kv[i], kv[i + 1]);
        }
        return r;
    }

    static String iri(String type, String slug) {
        return "https://w3id.org/hkg/id/" + type + "/" + slug;
    }

    /** Rows a perfect graph of the tiny corpus returns. */
    static Map<String, List<Map<String, String>>> perfectRows() {
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
        rows.put("entities", new ArrayList<>(List.of(
                row("entity", iri("hospital", "qs"), "name", "青山仁爱医院", "type", "hospital"),
                row("entity", iri("hospital", "qs"), "name", "Qingshan Renai Hospital", "type", "hospital"),
                row("entity", iri("company", "hy"), "name", "华越医疗投资股份有限公司", "type", "company"),
                row("entity", iri("regulator", "w"), "name", "青山市卫生健康委员会", "type", "regulator"),
                row("entity", iri("alliance", "lm"), "name", "长江医疗联盟", "type", "alliance"),
                row("entity", iri("person", "zw"), "name", "张伟", "type", "person"))));
        rows.put("ownership", new ArrayList<>(List.of(row("orgName", "青山仁爱医院", "parentName", "华越医疗"))));
        rows.put("membership", new ArrayList<>(List.of(
                row("memberName", "仁爱医院", "allianceName", "长江医疗联盟", "since", "2023-03-01"))));
        rows.put("incidents", new ArrayList<>(List.of(
                row("orgName", "青山仁爱医院", "outcome", "death", "date", "2023-02-10"))));
        rows.put("sanctions", new ArrayList<>(List.of(
                row("targetName", "青山仁爱医院", "measure", "fine", "issuerName", "青山卫健委", "date", "2023-04-01"),
                row("targetName", "青山仁爱医院", "measure", "warning"))));
        rows.put("listings", new ArrayList<>(List.of(row("companyName", "华越医疗", "ticker", "600123"))));
        rows.put("roles", new ArrayList<>(List.of(
                row("personName", "张伟", "orgName", "华越医疗投资股份有限公司", "role", "董事长"),
                row("personName", "张伟", "orgName", "青山仁爱医院", "role", "院长"))));
        return rows;
    }
}
