package org.betterfactories.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.betterfactories.site.diag.BuildFailedException;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.reuse.Memory;
import org.betterfactories.site.reuse.Reuse;
import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page dated after the build's day waits: it is neither built nor listed nor in the feed until that day (the
 * daily build publishes it), a preview shows it with a banner, and a link to it says when it is published. The
 * build's day comes from SOURCE_DATE_EPOCH when set, in Cambodia's time zone.
 */
class SchedulingTest {
    static final LocalDate BEFORE = LocalDate.of(2030, 3, 4);
    static final LocalDate ON_THE_DAY = LocalDate.of(2030, 3, 5);

    @TempDir
    Path tmp;
    Path project;

    @BeforeEach
    void aReportDatedInTheFuture() {
        project = TestSites.assemble("valid", tmp);
        for (String lang : new String[] {"en", "km"}) {
            TestSites.write(project.resolve("content/" + lang + "/publications/report-2030.md"), "---\ntitle: Report"
                    + " 2030 " + lang + "\ndate: 2030-03-05\npubType: annual-report\nsummary: The report of 2030.\n"
                    + (lang.equals("km") ? "review: needed\n" : "") + "---\nText.\n");
        }
    }

    private BuildResult build(LocalDate day, boolean preview) throws BuildFailedException {
        return SiteBuild.run(new BuildOptions(project, tmp.resolve("out"), preview, false, false,
                preview ? new Memory() : Reuse.NOTHING, day));
    }

    private static String text(BuildResult r, String path) {
        byte[] bytes = r.files().get(path);
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void aPageDatedLaterIsNotPublishedListedOrFedUntilItsDay() throws Exception {
        BuildResult before = build(BEFORE, false);
        assertFalse(before.files().containsKey("en/publications/report-2030/index.html"));
        assertFalse(text(before, "en/publications/index.html").contains("Report 2030"), "not listed");
        assertFalse(text(before, "en/feed.xml").contains("Report 2030"), "not in the feed");
        assertFalse(text(before, "sitemap-en.xml").contains("report-2030"), "not in the sitemap");
        assertTrue(text(before, "en/publications/index.html").contains("Report 2020"), "the others are");

        BuildResult onTheDay = build(ON_THE_DAY, false);
        assertTrue(onTheDay.files().containsKey("en/publications/report-2030/index.html"));
        assertTrue(text(onTheDay, "en/publications/index.html").contains("Report 2030"));
        assertTrue(text(onTheDay, "en/feed.xml").contains("Report 2030"));
        assertFalse(text(onTheDay, "en/publications/report-2030/index.html").contains("Scheduled:"));
    }

    @Test
    void publishDateSchedulesAPageWhoseDateIsInThePast() throws Exception {
        TestSites.write(project.resolve("content/en/publications/old-paper.md"), "---\ntitle: An old paper\n"
                + "date: 2012-01-01\npublishDate: 2030-03-05\npubType: guide\nsummary: Old.\n---\nText.\n");
        BuildResult before = build(BEFORE, false);
        assertFalse(before.files().containsKey("en/publications/old-paper/index.html"));
        assertTrue(before.files().containsKey("en/publications/report-2020/index.html"));
        BuildResult onTheDay = build(ON_THE_DAY, false);
        assertTrue(onTheDay.files().containsKey("en/publications/old-paper/index.html"));
        assertTrue(text(onTheDay, "en/publications/old-paper/index.html").contains("2012"), "dated as written");
    }

    @Test
    void thePreviewShowsAScheduledPageWithItsDay() throws Exception {
        String page = text(build(BEFORE, true), "en/publications/report-2030/index.html");
        assertTrue(page.contains("Scheduled: this page appears in preview only until "), page);
        assertTrue(page.contains("the day it is published"), page);
    }

    @Test
    void aLinkToAScheduledPageSaysWhenItIsPublished() throws Exception {
        Path about = project.resolve("content/en/about.md");
        TestSites.write(about, "---\ntitle: About the fixture\n---\nSee [the next report](/en/publications/report-2030/).\n");
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> build(BEFORE, false));
        assertTrue(e.problems().stream().map(Problem::headline).anyMatch(h -> h.equals("content/en/about.md:4:23: error:"
                + " the link /en/publications/report-2030/ goes to a page scheduled for 2030-03-05. Remove the link"
                + " until that day, or publish the page earlier (change its `date`).")), e.problems().toString());
        build(ON_THE_DAY, false); // fine from that day
    }

    @Test
    void theSameDayGivesTheSameBytes() throws Exception {
        Map<String, byte[]> first = build(ON_THE_DAY, false).files();
        Map<String, byte[]> second = build(ON_THE_DAY, false).files();
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    @Test
    void theBuildsDayIsSourceDateEpochsInPhnomPenhElseTheClocks() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC);
        // 2030-03-04 17:30 UTC is 00:30 on 5 March in Phnom Penh (UTC+7)
        assertEquals(ON_THE_DAY, BuildClock.today(Map.of("SOURCE_DATE_EPOCH", "1898875800"), clock));
        assertEquals(BEFORE, BuildClock.today(Map.of("SOURCE_DATE_EPOCH", "1898871600"), clock), "16:20 UTC");
        assertEquals(LocalDate.of(2031, 1, 1), BuildClock.today(Map.of(), clock));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> BuildClock.today(Map.of("SOURCE_DATE_EPOCH", "yesterday"), clock));
        assertTrue(bad.getMessage().startsWith("error: SOURCE_DATE_EPOCH=yesterday is not a time"), bad.getMessage());
    }
}
