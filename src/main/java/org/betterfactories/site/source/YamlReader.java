package org.betterfactories.site.source;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.betterfactories.site.diag.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a YAML mapping (front matter or {@code site.yml}) with SnakeYAML's node tree, keeping positions.
 * Syntax errors and duplicate keys become {@link Problem}s at the right line of the enclosing file.
 */
public final class YamlReader {

    /** One parser per thread, reused: building a SnakeYAML parser costs more than reading a front matter. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by us, with both lines
        options.setMaxAliasesForCollections(20);
        return new Yaml(options);
    });

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
        Node root;
        try {
            root = YAML.get().compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Position at = mark == null ? start : position(mark, firstLine);
            String problem = e.getProblem() == null ? "it cannot be read" : e.getProblem();
            problems.add(file.error(at, "this is not valid YAML: " + problem,
                    "Write each setting as `key: value` on its own line; put quotes around a value that "
                            + "contains a colon followed by a space, or starts with [, {, *, & or #"));
            return YamlMap.empty(start);
        } catch (YAMLException e) {
            problems.add(file.error(start, "this is not valid YAML: " + e.getMessage(),
                    "Write each setting as `key: value` on its own line"));
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
