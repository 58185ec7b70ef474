package org.betterfactories.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;

/**
 * Every key a template reads is documented in {@code templates/MODEL.md}, the one place that says what templates
 * may use: a template that reads an unknown key (a typo, a key the builder never sets) fails here, naming the
 * template and the key. The templates are read as Freemarker reads them: list variables, macro parameters (by their
 * call sites) and assignments are followed back to the model's own keys.
 */
class TemplateKeysTest {
    private static final Path TEMPLATES = TestSites.projectDir().resolve("templates");

    /** An FTL comment, directive, end tag, interpolation or macro call, in document order. */
    private static final Pattern TOKEN = Pattern.compile("<#--.*?-->|<#(\\w+)((?:\"[^\"]*\"|[^>\"])*?)/?>|</#(\\w+)>"
            + "|\\$\\{((?:\"[^\"]*\"|[^}\"])*)\\}|<@([\\w.]+)((?:\"[^\"]*\"|[^>\"])*?)/?>", Pattern.DOTALL);
    private static final Pattern CHAIN = Pattern.compile("(?<![?.\\w\"])([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*|\\[[^\\]]*\\])*)");
    private static final Set<String> WORDS = Set.of("as", "true", "false", "gt", "lt", "gte", "lte", "in", "using");

    /** A documented key: the shape of its value (null for text, numbers and flags), and whether it is a list. */
    record Key(String shape, boolean list) {
    }

    @Test
    void everyKeyATemplateReadsIsDocumented() throws IOException {
        Map<String, Map<String, Key>> shapes = documentedShapes();
        assertTrue(shapes.containsKey("page"), "MODEL.md documents the page model");
        Map<String, List<String>> reads = templateReads();
        assertTrue(reads.size() >= 15, "the templates are read: " + reads.keySet());
        List<String> unknown = new ArrayList<>();
        reads.forEach((template, chains) -> {
            for (String chain : chains) {
                String problem = check(shapes, chain);
                if (problem != null) {
                    unknown.add("templates/" + template + ": `" + chain + "`: " + problem);
                }
            }
        });
        assertTrue(unknown.isEmpty(), "keys read by templates but not documented in templates/MODEL.md:\n"
                + String.join("\n", unknown));
    }

    @Test
    void aTemplateThatReadsAnUnknownKeyIsCaught() throws IOException {
        Map<String, Map<String, Key>> shapes = documentedShapes();
        assertEquals(null, check(shapes, "content.title"));
        assertEquals(null, check(shapes, "items[].title"));
        assertFalse(check(shapes, "content.titel") == null, "a typo");
        assertFalse(check(shapes, "items[].title.length") == null, "a key of a text");
        List<String> chains = reads("<#list items as item>${item.titel}</#list>", Map.of(), Map.of());
        assertEquals(List.of("items", "items[].titel"), chains);
        assertFalse(check(shapes, "items[].titel") == null);
    }

    /** The chains each template reads, resolved to model keys ({@code items[].title}). */
    private static Map<String, List<String>> templateReads() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(TEMPLATES)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".ftl")).sorted().toList()) {
                texts.put(TEMPLATES.relativize(f).toString(), Files.readString(f));
            }
        }
        // the macros' parameters by position, then what their call sites give each parameter
        Map<String, List<String>> definitions = new HashMap<>();
        for (String text : texts.values()) {
            Matcher defs = Pattern.compile("<#macro\\s+(\\w+)([^>]*)>").matcher(text);
            while (defs.find()) {
                List<String> names = new ArrayList<>();
                for (String p : defs.group(2).strip().split("\\s+")) {
                    if (!p.isEmpty()) {
                        names.add(p.split("=")[0]);
                    }
                }
                definitions.put(defs.group(1), names);
            }
        }
        Map<String, List<String>> params = new HashMap<>();
        for (String text : texts.values()) {
            scan(text, definitions, Map.of(), params, new ArrayList<>());
        }
        Map<String, List<String>> reads = new LinkedHashMap<>();
        texts.forEach((name, text) -> reads.put(name, reads(text, definitions, params)));
        return reads;
    }

    private static List<String> reads(String text, Map<String, List<String>> definitions,
            Map<String, List<String>> params) {
        List<String> chains = new ArrayList<>();
        scan(text, definitions, params, new HashMap<>(), chains);
        return chains;
    }

    /**
     * Reads a template in document order: {@code chains} receives every chain it reads, resolved; {@code calls}
     * what each macro parameter ({@code macro.param}) is given at the call sites.
     */
    private static void scan(String text, Map<String, List<String>> definitions, Map<String, List<String>> params,
            Map<String, List<String>> calls, List<String> chains) {
        Deque<Map<String, List<String>>> scopes = new ArrayDeque<>();
        scopes.push(new HashMap<>());
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group().startsWith("<#--")) {
                continue;
            }
            if (m.group(3) != null) { // end tag
                if ((m.group(3).equals("list") || m.group(3).equals("macro")) && scopes.size() > 1) {
                    scopes.pop();
                }
                continue;
            }
            String directive = m.group(1);
            if (directive != null) {
                String body = m.group(2) == null ? "" : m.group(2);
                switch (directive) {
                    case "ftl", "import", "include", "sep", "else", "nested", "return", "break" -> {
                    }
                    case "macro" -> {
                        String name = body.strip().split("\\s+")[0];
                        Map<String, List<String>> scope = new HashMap<>();
                        for (String param : definitions.getOrDefault(name, List.of())) {
                            scope.put(param, params.getOrDefault(name + "." + param, List.of()));
                        }
                        scopes.push(scope);
                    }
                    case "list" -> {
                        int as = body.lastIndexOf(" as ");
                        List<String> list = resolve(body.substring(0, as), scopes, chains);
                        Map<String, List<String>> scope = new HashMap<>();
                        scope.put(body.substring(as + 4).strip(), list.stream().map(c -> c + "[]").toList());
                        scopes.push(scope);
                    }
                    case "assign", "local" -> {
                        int eq = body.indexOf('=');
                        scopes.peek().put(body.substring(0, eq).strip(), resolve(body.substring(eq + 1), scopes, chains));
                    }
                    default -> resolve(body, scopes, chains);
                }
                continue;
            }
            if (m.group(4) != null) {
                resolve(m.group(4), scopes, chains);
                continue;
            }
            // a macro call: its positional arguments are the macro's parameters, in order
            String macro = m.group(5).substring(m.group(5).lastIndexOf('.') + 1);
            List<String> names = definitions.getOrDefault(macro, List.of());
            String args = m.group(6) == null ? "" : m.group(6).strip();
            int position = 0;
            for (String arg : args.isEmpty() ? new String[0] : args.split("\\s+(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                boolean named = arg.matches("\\w+=.*");
                String param = named ? arg.substring(0, arg.indexOf('=')) : position < names.size() ? names.get(position) : "?";
                List<String> given = resolve(named ? arg.substring(arg.indexOf('=') + 1) : arg, scopes, chains);
                calls.computeIfAbsent(macro + "." + param, k -> new ArrayList<>()).addAll(given);
                if (!named) {
                    position++;
                }
            }
        }
    }

    /** The chains an expression reads, each resolved through the scopes to the model's keys. */
    private static List<String> resolve(String expression, Deque<Map<String, List<String>>> scopes, List<String> chains) {
        String e = expression.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("\\?\\w+", "");
        List<String> resolved = new ArrayList<>();
        Matcher m = CHAIN.matcher(e);
        while (m.find()) {
            String chain = m.group(1).replaceAll("\\[[^\\]]*\\]", "[]");
            String root = chain.split("[.\\[]")[0];
            if (WORDS.contains(root) || root.matches("\\d.*")) {
                continue;
            }
            List<String> bases = null;
            for (Map<String, List<String>> scope : scopes) {
                if (scope.containsKey(root)) {
                    bases = scope.get(root);
                    break;
                }
            }
            String rest = chain.substring(root.length());
            for (String base : bases == null ? List.of(root) : bases) {
                String full = base + rest;
                resolved.add(full);
                chains.add(full);
            }
        }
        return resolved;
    }

    /** Null when {@code chain} is documented, else what is wrong. */
    private static String check(Map<String, Map<String, Key>> shapes, String chain) {
        String shape = "page";
        String[] segments = chain.split("\\.");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean element = segment.endsWith("[]");
            String name = element ? segment.substring(0, segment.indexOf('[')) : segment;
            if ("any".equals(shape)) {
                return null;
            }
            Map<String, Key> keys = shapes.get(shape);
            if (keys == null) {
                return "`" + shape + "` is not a documented shape";
            }
            Key key = keys.get(name);
            if (key == null) {
                return "no key `" + name + "` in `" + shape + "`";
            }
            if (element && !key.list() && !"any".equals(key.shape())) {
                return "`" + name + "` is not a list";
            }
            shape = key.shape();
            if (shape == null && i + 1 < segments.length) {
                return "`" + name + "` is a value, it has no keys";
            }
        }
        return null;
    }

    /**
     * The shapes MODEL.md documents: under each {@code ### shape} heading, a table of {@code | `key` | shape |
     * what it is |}, where the shape is {@code -} for a value, a shape's name, or a name followed by {@code []}.
     */
    private static Map<String, Map<String, Key>> documentedShapes() throws IOException {
        Map<String, Map<String, Key>> shapes = new LinkedHashMap<>();
        Map<String, Key> current = null;
        for (String line : Files.readAllLines(TEMPLATES.resolve("MODEL.md"))) {
            if (line.startsWith("### ")) {
                current = new LinkedHashMap<>();
                shapes.put(line.substring(4).strip().replace("`", ""), current);
            } else if (current != null && line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                String key = cells[1].strip().replace("`", "");
                String shape = cells[2].strip().replace("`", "");
                boolean list = shape.endsWith("[]");
                shape = list ? shape.substring(0, shape.length() - 2) : shape;
                current.put(key, new Key(shape.equals("-") ? null : shape, list));
            }
        }
        return shapes;
    }
}
