package org.betterfactories.site.source;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.betterfactories.site.diag.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a YAML mapping (front matter or {@code site.yml}) with SnakeYAML's node tree, keeping positions.
 * Syntax errors and duplicate keys become {@link Problem}s at the right line of the enclosing file.
 */
public final class YamlReader {

    /** The longest YAML text read, in characters: front matter is a few lines, settings a page or two. */
    public static final int MAX_CHARS = 100_000;

    /** How deep lists and mappings may nest (a download list is three levels deep). */
    static final int MAX_DEPTH = 12;

    private static final LoaderOptions OPTIONS = options();

    /** The resolver of plain values' types, read-only once built: one for every thread. */
    private static final Resolver RESOLVER = new Resolver();

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by us, with both lines
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CHARS + 1);
        return options;
    }

    /**
     * SnakeYAML's parser, refusing anchors and aliases ({@code &a}, {@code *a}) as they come: front matter never
     * needs them, and they are how a few lines of YAML expand into billions of values or refer to themselves.
     */
    private record NoAliases(Parser parser) implements Parser {
        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event e = parser.getEvent();
            if (e instanceof AliasEvent || (e instanceof NodeEvent n && n.getAnchor() != null)) {
                throw new MarkedYAMLException("", null, "anchors and aliases (&name, *name) are not used here",
                        e.getStartMark()) {
                    private static final long serialVersionUID = 1L;
                };
            }
            return e;
        }
    }

    private YamlReader() {
    }

    /**
     * Reads {@code yaml}, which starts at line {@code firstLine} of {@code file}.
     *
     * @param problems receives syntax errors and duplicate keys
     * @return the mapping; empty when the text is empty or not a mapping (a problem is then recorded)
     */
    public static YamlMap read(SourceFile file, String yaml, int firstLine, List<Problem> problems) {
        Position start = new Position(firstLine, 1);
        if (yaml.isBlank()) {
            return YamlMap.empty(start);
        }
        if (yaml.length() > MAX_CHARS) {
            problems.add(file.error(start, "these settings are " + yaml.length() / 1000 + " thousand characters long;"
                    + " at most " + MAX_CHARS / 1000 + " thousand are read", "Move long text into the body of the page"));
            return YamlMap.empty(start);
        }
        Node root;
        try {
            root = new Composer(new NoAliases(new ParserImpl(new StreamReader(new StringReader(yaml)), OPTIONS)),
                    RESOLVER, OPTIONS).getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Position at = mark == null ? start : position(mark, firstLine);
            String problem = e.getProblem() == null ? "it cannot be read" : e.getProblem();
            if (problem.startsWith("anchors and aliases")) {
                problems.add(file.error(at, "YAML " + problem, "Write the value out in full; put quotes around a"
                        + " value that starts with * or &"));
                return YamlMap.empty(start);
            }
            problems.add(file.error(at, "this is not valid YAML: " + problem,
                    "Write each setting as `key: value` on its own line; put quotes around a value that "
                            + "contains a colon followed by a space, or starts with [, {, *, & or #"));
            return YamlMap.empty(start);
        } catch (YAMLException e) {
            String m = String.valueOf(e.getMessage());
            problems.add(m.contains("Nesting Depth exceeded")
                    ? file.error(start, "lists and settings are nested more than " + MAX_DEPTH + " levels deep",
                            "Write the settings with less nesting, as the README's examples do")
                    : file.error(start, "this is not valid YAML: " + m, "Write each setting as `key: value` on its own line"));
            return YamlMap.empty(start);
        }
        if (root == null) {
            return YamlMap.empty(start);
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(file.error(position(root.getStartMark(), firstLine),
                    "expected settings written as `key: value` lines, found a single value",
                    "Write each setting as `key: value` on its own line"));
            return YamlMap.empty(start);
        }
        Map<String, Position> valuePositions = new LinkedHashMap<>();
        Map<String, Position> keyPositions = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) convert(mapping, "", file, firstLine, problems,
                valuePositions, keyPositions);
        return new YamlMap(values, valuePositions, keyPositions, start);
    }

    private static Object convert(Node node, String path, SourceFile file, int firstLine, List<Problem> problems,
            Map<String, Position> valuePositions, Map<String, Position> keyPositions) {
        if (!path.isEmpty()) {
            valuePositions.put(path, position(node.getStartMark(), firstLine));
        }
        if (node instanceof ScalarNode scalar) {
            return Tag.NULL.equals(scalar.getTag()) ? null : scalar.getValue();
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                list.add(convert(items.get(i), path + "[" + i + "]", file, firstLine, problems, valuePositions,
                        keyPositions));
            }
            return list;
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Position keyAt = position(keyNode.getStartMark(), firstLine);
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                problems.add(file.error(keyAt, "a key must be a plain word", "Write the setting as `key: value`"));
                continue;
            }
            String key = keyScalar.getValue();
            String childPath = path.isEmpty() ? key : path + "." + key;
            if (map.containsKey(key)) {
                Position first = keyPositions.get(childPath);
                problems.add(file.error(keyAt, "`" + key + "` is set twice (first on line " + first.line() + ")",
                        "Keep one of the two lines"));
                continue;
            }
            keyPositions.put(childPath, keyAt);
            map.put(key, convert(tuple.getValueNode(), childPath, file, firstLine, problems, valuePositions,
                    keyPositions));
        }
        return map;
    }

    private static Position position(Mark mark, int firstLine) {
        return new Position(mark.getLine() + firstLine, mark.getColumn() + 1);
    }
}
