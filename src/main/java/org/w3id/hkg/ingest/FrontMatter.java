package org.w3id.hkg.ingest;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jekyll-style YAML front matter: a first line {@code ---}, YAML, a closing {@code ---} (or {@code ...}) line,
 * then the body. Values are read as plain strings (a date stays as written, no time-zone shift).
 *
 * @param fields  the keys and values: a string, or a list of strings
 * @param body    the text after the closing line (or after the opening line if the front matter is broken)
 * @param problem why the front matter could not be read, or null
 */
record FrontMatter(Map<String, Object> fields, String body, String problem) {
    private static final int MAX_YAML_CHARS = 64 * 1024;
    /** A loader per thread (a loader is not thread-safe, and building one costs more than a small load). */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(FrontMatter::yaml);

    /** True if the text starts (after blank lines) with a {@code ---} line. */
    static boolean startsWithFence(String text) {
        int start = skipBlankLines(text);
        int end = lineEnd(text, start);
        return text.substring(start, end).strip().equals("---");
    }

    /** Splits the text (which must start with a fence) into front matter and body. */
    static FrontMatter split(String text) {
        int open = skipBlankLines(text);
        int yamlStart = next(text, lineEnd(text, open));
        for (int pos = yamlStart; pos < text.length(); pos = next(text, lineEnd(text, pos))) {
            String line = text.substring(pos, lineEnd(text, pos)).strip();
            if (line.equals("---") || line.equals("...")) {
                String body = text.substring(next(text, lineEnd(text, pos)));
                return parse(text.substring(yamlStart, pos), body);
            }
        }
        return new FrontMatter(Map.of(), text.substring(yamlStart), "front matter is not closed by a '---' line");
    }

    private static FrontMatter parse(String yaml, String body) {
        if (yaml.length() > MAX_YAML_CHARS) {
            return new FrontMatter(Map.of(), body, "front matter is too long");
        }
        Object data;
        try {
            data = YAML.get().load(yaml);
        } catch (MarkedYAMLException e) {
            String where = e.getProblemMark() == null ? "" : " at line " + (e.getProblemMark().getLine() + 2);
            return new FrontMatter(Map.of(), body, "front matter is not valid YAML" + where + ": " + oneLine(e.getProblem()));
        } catch (YAMLException e) {
            return new FrontMatter(Map.of(), body, "front matter is not valid YAML: " + oneLine(e.getMessage()));
        }
        if (data == null) {
            return new FrontMatter(Map.of(), body, null);
        }
        if (!(data instanceof Map<?, ?> map)) {
            return new FrontMatter(Map.of(), body, "front matter is not a YAML mapping of keys to values");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((k, v) -> fields.put(String.valueOf(k).strip().toLowerCase(java.util.Locale.ROOT), simple(v)));
        return new FrontMatter(fields, body, null);
    }

    /** The value of a key as one string (lists joined by spaces), or null. */
    String text(String key) {
        Object v = fields.get(key);
        if (v instanceof List<?> list) {
            return list.isEmpty() ? null : String.join(" ", list.stream().map(String::valueOf).toList());
        }
        return v == null ? null : v.toString();
    }

    /** The values of a key: a list, a single value, or words separated by spaces or commas. */
    List<String> values(String key) {
        Object v = fields.get(key);
        if (v instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return v == null ? List.of() : List.of(v.toString().split("[\\s,，]+"));
    }

    private static Object simple(Object v) {
        if (v instanceof Collection<?> c) {
            List<String> out = new ArrayList<>();
            for (Object o : c) {
                if (o != null) {
                    out.add(o.toString());
                }
            }
            return out;
        }
        return v == null ? null : v.toString();
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(MAX_YAML_CHARS);
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new StringsOnly());
    }

    /** A resolver with no implicit types: every scalar is a string. */
    private static final class StringsOnly extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // nothing: dates, numbers and booleans stay as written
        }
    }

    private static String oneLine(String s) {
        return s == null ? "parse error" : Whitespace.collapse(s);
    }

    private static int skipBlankLines(String text) {
        int pos = 0;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            if (!text.substring(pos, end).isBlank()) {
                return pos;
            }
            pos = next(text, end);
        }
        return pos;
    }

    private static int lineEnd(String text, int pos) {
        int nl = text.indexOf('\n', pos);
        return nl < 0 ? text.length() : nl;
    }

    private static int next(String text, int lineEnd) {
        return Math.min(text.length(), lineEnd + 1);
    }
}
