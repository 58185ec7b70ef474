package org.betterfactories.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content written to break the readers (YAML that expands or refers to itself, Markdown nested a thousand deep)
 * gets a clear error at its line, quickly, and never a stack trace. The time limit only catches a hang.
 */
class HostileInputTest {
    private static final Duration HANG = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    private TestSites.Run check(String aboutPage) {
        Path project = TestSites.assemble("valid", tmp);
        TestSites.write(project.resolve("content/en/about.md"), aboutPage);
        return assertTimeoutPreemptively(HANG, () -> TestSites.main("check", "--project", project.toString()));
    }

    private static void assertError(TestSites.Run run, String expected) {
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void aYamlAliasThatRefersToItselfIsAnErrorAtItsLine() {
        assertError(check("---\ntitle: About\nsummary: &a [*a]\n---\nText.\n"),
                "content/en/about.md:3:10: error: YAML anchors and aliases (&name, *name) are not used here.");
    }

    @Test
    void aYamlBombIsRefusedAtOnce() {
        StringBuilder yaml = new StringBuilder("---\ntitle: About\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [").append(("*a" + (i - 1) + ", ").repeat(8))
                    .append("*a").append(i - 1).append("]\n");
        }
        assertError(check(yaml + "---\nText.\n"), "content/en/about.md:3:5: error: YAML anchors and aliases");
    }

    @Test
    void yamlNestedTooDeeplyIsAnError() {
        assertError(check("---\ntitle: About\nsummary: " + "[".repeat(200) + "]".repeat(200) + "\n---\nText.\n"),
                "error: lists and settings are nested more than 12 levels deep");
    }

    @Test
    void aHugeFrontMatterIsAnError() {
        assertError(check("---\ntitle: About\nsummary: \"" + "x".repeat(150_000) + "\"\n---\nText.\n"),
                "content/en/about.md:2:1: error: these settings are 150 thousand characters long; at most 100"
                        + " thousand are read.");
    }

    @Test
    void aThousandNestedQuotesAreAnErrorAtTheirLine() {
        assertError(check("---\ntitle: About\n---\nText.\n\n" + ">".repeat(1000) + " deep\n"),
                "content/en/about.md:6:1: error: this line opens more than 16 quotes or lists inside each other.");
    }

    @Test
    void nestedListsOnOneLineAreAnError() {
        assertError(check("---\ntitle: About\n---\n" + "- ".repeat(2000) + "x\n"),
                "content/en/about.md:4:1: error: this line opens more than 16 quotes or lists inside each other.");
    }

    @Test
    void aLongRunOfOneMarkIsAnError() {
        TestSites.Run run = check("---\ntitle: About\n---\nText " + "**".repeat(5000) + "x\n");
        assertError(run, "content/en/about.md:4:6: error: this line repeats `*` 10000 times in a row (at most 200).");
        assertTrue(run.err().lines().allMatch(l -> l.length() < 400), "a long line is shown cut: " + run.err().length());
    }
}
