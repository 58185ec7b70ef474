package org.betterfactories.site.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.betterfactories.site.diag.Problem;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    @Test
    void keepsThePositionOfEveryKeyAndValueInTheEnclosingFile() {
        String yaml = "title: Report\nfiles:\n  - lang: km\n    path: /files/a.pdf\n";
        SourceFile file = SourceFile.of("a.md", "---\n" + yaml + "---\n");
        List<Problem> problems = new ArrayList<>();
        YamlMap map = YamlReader.read(file, yaml, 2, problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(new Position(2, 8), map.valuePosition("title"));
        assertEquals(new Position(2, 1), map.keyPosition("title"));
        assertEquals(new Position(4, 11), map.valuePosition("files[0].lang"));
        assertEquals(new Position(5, 11), map.valuePosition("files[0].path"));
        assertEquals(List.of(Map.of("lang", "km", "path", "/files/a.pdf")), map.get("files"));
    }

    @Test
    void scalarsStayTextAndEmptyValuesAreNull() {
        String yaml = "date: 2020-05-31\ncount: 239\nempty:\n";
        List<Problem> problems = new ArrayList<>();
        YamlMap map = YamlReader.read(SourceFile.of("a.md", yaml), yaml, 1, problems);
        assertEquals("2020-05-31", map.get("date"));
        assertEquals("239", map.get("count"));
        assertTrue(map.has("empty"));
        assertEquals(null, map.get("empty"));
    }

    @Test
    void reportsAKeyWrittenTwiceWithBothLines() {
        String yaml = "title: A\nsummary: B\ntitle: C\n";
        List<Problem> problems = new ArrayList<>();
        YamlReader.read(SourceFile.of("a.md", "---\n" + yaml), yaml, 2, problems);
        assertEquals(1, problems.size());
        assertEquals("a.md:4:1: error: `title` is set twice (first on line 2). Keep one of the two lines.",
                problems.get(0).headline());
    }

    @Test
    void reportsASyntaxErrorAtItsLine() {
        String yaml = "title: A\nsummary: [unclosed\n";
        List<Problem> problems = new ArrayList<>();
        YamlReader.read(SourceFile.of("a.md", "---\n" + yaml), yaml, 2, problems);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).headline().startsWith("a.md:4:1: error: this is not valid YAML: "),
                problems.get(0).headline());
    }
}
