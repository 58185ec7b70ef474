package org.betterfactories.site.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void headlineReadsLikeACompilerMessageWithFullStops() {
        Problem p = Problem.error("content/km/a.md", 4, 7, "date \"2020-13-01\" is not a valid date",
                "Write it as yyyy-MM-dd, e.g. 2020-12-31");
        assertEquals("content/km/a.md:4:7: error: date \"2020-13-01\" is not a valid date. Write it as yyyy-MM-dd,"
                + " e.g. 2020-12-31.", p.headline());
    }

    @Test
    void headlineLeavesOutUnknownLineAndColumnAndKeepsExistingPunctuation() {
        assertEquals("content/fr: warning: is this right? Check it.",
                Problem.warning("content/fr", 0, 0, "is this right?", "Check it.").headline());
        assertEquals("a.md:3: error: bad.", Problem.error("a.md", 3, 0, "bad", "").headline());
    }

    @Test
    void aProblemBecomesAGithubAnnotationOnItsLineWithItsTextEscaped() {
        Problem p = Problem.error("content/en/a, b.md", 4, 7, "50% of the line: bad\nreally", "Fix it");
        assertEquals("::error file=content/en/a%2C b.md,line=4,col=7,title=Site check::50%25 of the line: bad%0Areally."
                + " Fix it.", ProblemPrinter.githubAnnotation(p));
        assertEquals("::warning file=site.yml,title=Site check::no line. Look.",
                ProblemPrinter.githubAnnotation(Problem.warning("site.yml", 0, 0, "no line", "Look")));
        assertEquals("::error title=Site check::internal. Report it.",
                ProblemPrinter.githubAnnotation(Problem.error("(builder)", 0, 0, "internal", "Report it")),
                "no file for what is not a project file");
    }

    @Test
    void theGithubFormatPrintsTheAnnotationAndThenTheUsualText() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ProblemPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                ProblemPrinter.Format.GITHUB).print(List.of(Problem.error("a.md", 2, 3, "bad", "Fix")
                        .withSourceLine("x: bad")));
        assertEquals(List.of("::error file=a.md,line=2,col=3,title=Site check::bad. Fix.", "a.md:2:3: error: bad. Fix.",
                "    x: bad", "      ^"), bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void problemsAreSortedByFileThenLineThenColumn() {
        Problems problems = new Problems();
        problems.error("b.md", 1, 1, "x", "");
        problems.error("a.md", 10, 1, "x", "");
        problems.error("a.md", 2, 5, "x", "");
        problems.warning("a.md", 2, 1, "x", "");
        assertEquals(List.of("a.md:2:1", "a.md:2:5", "a.md:10:1", "b.md:1:1"), problems.sorted().stream()
                .map(p -> p.path() + ":" + p.line() + ":" + p.column()).toList());
        assertEquals(3, problems.errorCount());
        assertEquals(1, problems.warningCount());
    }

    @Test
    void caretStandsUnderTheColumnEvenAfterKhmerCombiningMarks() {
        // "ស្ត្រី: x" : ស + coeng + ត + coeng + រ + ី are one written cluster, one column wide
        String line = "ស្ត្រី: x";
        Problem p = Problem.error("a.md", 1, line.indexOf('x') + 1, "here", "").withSourceLine(line);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ProblemPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8)).print(List.of(p));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("    " + line, lines[1]);
        assertEquals("    " + " ".repeat(3) + "^", lines[2]);
    }

    @Test
    void countLineUsesSingularAndPlural() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ProblemPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8)).printCount(List.of(
                Problem.error("a", 1, 1, "x", ""), Problem.warning("a", 1, 1, "y", ""),
                Problem.warning("a", 2, 1, "y", "")));
        assertEquals("1 error, 2 warnings\n", bytes.toString(StandardCharsets.UTF_8));
    }
}
