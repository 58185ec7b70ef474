package org.betterfactories.site.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.betterfactories.site.diag.IoProblems;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.source.Position;
import org.betterfactories.site.source.SourceFile;
import org.betterfactories.site.source.YamlMap;
import org.betterfactories.site.source.YamlReader;

/**
 * The Khmer terms the site uses one way only ({@code i18n/glossary.yml}): for each, the term to use and the variants
 * to avoid (another rendering of the guide's title, a word for "supervisor" that reads as "labour inspector"). A
 * Khmer page or interface string that writes a variant gets a warning at its line and column naming the term to
 * use. Each line is scanned once, whatever the number of terms.
 */
public final class Terminology {
    /** Where the glossary lives in the project. */
    public static final String FILE = "i18n/glossary.yml";

    /** One term: in English, in Khmer, and the Khmer variants to avoid. */
    public record Term(String en, String km, List<String> avoid) {
    }

    private record Variant(String text, Term term) {
    }

    private final List<Term> terms;
    private final String text;
    /** The variants by their first character: a line is scanned once. */
    private final Map<Character, List<Variant>> byFirst = new HashMap<>();

    private Terminology(List<Term> terms, String text) {
        this.terms = List.copyOf(terms);
        this.text = text;
        for (Term t : terms) {
            for (String v : t.avoid()) {
                if (!v.isEmpty()) {
                    byFirst.computeIfAbsent(v.charAt(0), k -> new ArrayList<>()).add(new Variant(v, t));
                }
            }
        }
    }

    /** No glossary: nothing to check. */
    public static Terminology none() {
        return new Terminology(List.of(), "");
    }

    /** Reads the project's glossary; a missing file is no glossary, a broken one is reported. */
    public static Terminology load(Path projectDir, Consumer<Problem> problems) {
        Path file = projectDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        SourceFile source;
        try {
            source = SourceFile.read(file, FILE);
        } catch (SourceFile.InvalidTextException e) {
            problems.accept(e.problem());
            return none();
        } catch (IOException e) {
            problems.accept(Problem.error(FILE, 0, 0, "cannot read the glossary: " + IoProblems.reason(e),
                    "Check its permissions"));
            return none();
        }
        List<Problem> found = new ArrayList<>();
        YamlMap yaml = YamlReader.read(source, source.text(), 1, found);
        found.forEach(problems);
        List<Term> terms = new ArrayList<>();
        if (yaml.get("terms") instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Map<?, ?> m) || !(m.get("en") instanceof String en)
                        || !(m.get("km") instanceof String km)) {
                    problems.accept(source.error(yaml.valuePosition("terms[" + i + "]"), "a term needs `en:` and `km:`",
                            "Write the English term, the Khmer term and `avoid: [...]`, as the other entries do"));
                    continue;
                }
                List<String> avoid = new ArrayList<>();
                if (m.get("avoid") instanceof List<?> a) {
                    a.forEach(v -> avoid.add(String.valueOf(v).strip()));
                }
                terms.add(new Term(en.strip(), km.strip(), avoid));
            }
        } else if (yaml.has("terms") || !yaml.values().isEmpty()) {
            problems.accept(source.error(Position.START, "the glossary has no list of `terms:`",
                    "Start the file with `terms:` and one `- en: ...` entry per term"));
        }
        return new Terminology(terms, source.text());
    }

    public List<Term> terms() {
        return terms;
    }

    /** The glossary's text: what a page's check depends on besides the page. */
    public String fingerprint() {
        return text;
    }

    /** Warns at every variant to avoid in {@code source}, from line {@code fromLine} on. */
    public void check(SourceFile source, int fromLine, Consumer<Problem> problems) {
        if (byFirst.isEmpty()) {
            return;
        }
        List<String> lines = source.lines();
        for (int n = Math.max(fromLine, 1); n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            for (int i = 0; i < line.length(); i++) {
                List<Variant> candidates = byFirst.get(line.charAt(i));
                if (candidates == null) {
                    continue;
                }
                for (Variant v : candidates) {
                    if (line.startsWith(v.text(), i)) {
                        problems.accept(source.warning(new Position(n, i + 1), "`" + v.text() + "` is not the term this"
                                + " site uses for \"" + v.term().en() + "\"", "Write " + v.term().km()
                                        + " (i18n/glossary.yml)"));
                        i += v.text().length() - 1;
                        break;
                    }
                }
            }
        }
    }
}
