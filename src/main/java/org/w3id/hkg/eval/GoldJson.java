package org.w3id.hkg.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Maps the JSON tree of {@code gold.json} to {@link Gold}, checking its shape. */
final class GoldJson {
    private GoldJson() {
    }

    static Gold read(JsonObject root) {
        Map<String, GoldEntity> entities = new LinkedHashMap<>();
        object(root, "entities").forEach((id, v) -> entities.put(id, entity(id, asObject(v, "entity " + id))));
        List<GoldDoc> docs = new ArrayList<>();
        object(root, "docs").forEach((file, v) -> docs.add(doc(file, asObject(v, "doc " + file), entities)));
        return new Gold(string(root, "corpus"), entities, docs);
    }

    private static GoldEntity entity(String id, JsonObject o) {
        String type = string(o, "type");
        if (type == null) {
            throw new IllegalArgumentException("entity " + id + " has no type");
        }
        List<String> names = new ArrayList<>();
        array(o, "names", "entity " + id).forEach(n -> names.add(text(n, "entity " + id)));
        return new GoldEntity(id, type, names);
    }

    private static GoldDoc doc(String file, JsonObject o, Map<String, GoldEntity> entities) {
        List<String> mentions = new ArrayList<>();
        array(o, "mentions", file).forEach(m -> mentions.add(known(text(m, file), entities, file)));
        Map<String, List<List<String>>> facts = new LinkedHashMap<>();
        for (FactQuery q : FactQuery.ALL) {
            List<List<String>> tuples = new ArrayList<>();
            for (JsonValue t : array(o, q.name(), file)) {
                tuples.add(tuple(q, asArray(t, file + " " + q.name()), entities, file));
            }
            facts.put(q.name(), List.copyOf(tuples));
        }
        return new GoldDoc(file, string(o, "published"), string(o, "lang"), mentions, facts);
    }

    private static List<String> tuple(FactQuery q, JsonArray a, Map<String, GoldEntity> entities, String file) {
        String where = file + " " + q.name();
        if (a.size() != q.columns().size()) {
            throw new IllegalArgumentException(where + ": expected " + q.columns().size() + " values, found " + a.size());
        }
        String[] values = new String[a.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = a.get(i).isNull() ? null : text(a.get(i), where);
            if (values[i] != null && q.columns().get(i).isEntity()) {
                known(values[i], entities, where);
            }
        }
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    private static String known(String id, Map<String, GoldEntity> entities, String where) {
        if (!entities.containsKey(id)) {
            throw new IllegalArgumentException(where + ": unknown entity " + id);
        }
        return id;
    }

    private static JsonObject object(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.isNull() ? new JsonObject() : asObject(v, key);
    }

    private static List<JsonValue> array(JsonObject o, String key, String where) {
        JsonValue v = o.get(key);
        return v == null || v.isNull() ? List.of() : asArray(v, where + " " + key);
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.isNull() ? null : text(v, key);
    }

    private static JsonObject asObject(JsonValue v, String where) {
        if (!v.isObject()) {
            throw new IllegalArgumentException(where + " is not a JSON object");
        }
        return v.getAsObject();
    }

    private static JsonArray asArray(JsonValue v, String where) {
        if (!v.isArray()) {
            throw new IllegalArgumentException(where + " is not a JSON array");
        }
        return v.getAsArray();
    }

    private static String text(JsonValue v, String where) {
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isNumber()) {
            return v.getAsNumber().value().toString();
        }
        throw new IllegalArgumentException(where + ": expected a string, found " + v);
    }
}
