package org.betterfactories.site.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.betterfactories.site.testing.NodeTools;
import org.betterfactories.site.testing.SlowTest;
import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub workflows (README, "Publishing") pass actionlint, the workflow linter, and do what the README says:
 * pull requests get the content check as annotations, the translation report as the summary, the tests and a
 * preview to download; merges to main and a daily run publish.
 */
@SlowTest
class WorkflowsTest {
    static final Path WORKFLOWS = TestSites.projectDir().resolve(".github/workflows");

    @TempDir
    Path tmp;

    private static NodeTools.Result lint(Path... files) throws IOException {
        List<String> args = new ArrayList<>(List.of("tools/lint-workflows.cjs"));
        for (Path f : files) {
            args.add(f.toString());
        }
        return NodeTools.node(args);
    }

    @Test
    void theWorkflowsPassTheLinter() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(WORKFLOWS)) {
            files = s.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
        }
        assertEquals(3, files.size(), files.toString());
        NodeTools.Result result = lint(files.toArray(Path[]::new));
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("0 problem(s) in 3 workflow file(s)"), result.output());
    }

    @Test
    void theLinterFindsAMistake() throws IOException {
        Path bad = tmp.resolve("bad.yml");
        Files.writeString(bad, Files.readString(WORKFLOWS.resolve("check.yml"))
                .replace("java -jar target/bfc-site.jar check --format github",
                        "echo ${{ github.no_such_property }}"));
        NodeTools.Result result = lint(bad);
        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().contains("property \"no_such_property\" is not defined"), result.output());
    }

    @Test
    void pullRequestsGetAnnotationsTheReportTheTestsAndAPreview() throws IOException {
        String check = Files.readString(WORKFLOWS.resolve("check.yml"), StandardCharsets.UTF_8);
        assertTrue(check.contains("on:\n  pull_request:\n  push:\n    branches: [edits]"), check);
        assertTrue(check.contains("check --format github"), "annotations on the changed lines");
        assertTrue(check.contains("cat target/translation-report.md >> \"$GITHUB_STEP_SUMMARY\""), "the summary");
        assertTrue(check.contains("run: .ci/run"), "the test suite, as CI runs it");
        assertTrue(check.contains("uses: actions/upload-artifact@v4") && check.contains("path: target/site"),
                "the preview");
    }

    @Test
    void theEditorsBranchIsProposedAsOnePullRequest() throws IOException {
        String propose = Files.readString(WORKFLOWS.resolve("editor-pr.yml"), StandardCharsets.UTF_8);
        assertTrue(propose.contains("push:\n    branches: [edits]"), propose);
        assertTrue(propose.contains("gh pr create --repo \"$REPO\" --head edits --base main"), propose);
        assertTrue(propose.contains("--state open --json number --jq 'length'"), "only when none is open");
    }

    @Test
    void mergesToMainAndEveryDayPublish() throws IOException {
        String publish = Files.readString(WORKFLOWS.resolve("publish.yml"), StandardCharsets.UTF_8);
        assertTrue(publish.contains("push:\n    branches: [main]"), publish);
        assertTrue(publish.contains("schedule:\n    - cron: '5 17 * * *'"), "just after midnight in Phnom Penh");
        assertTrue(publish.contains("build --production"), publish);
        assertFalse(publish.contains("SOURCE_DATE_EPOCH"), "the daily build uses the day it runs on");
    }
}
