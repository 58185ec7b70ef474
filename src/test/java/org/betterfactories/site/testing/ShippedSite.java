package org.betterfactories.site.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.betterfactories.site.serve.StaticServer;

/**
 * The project's own site (content/, templates/ ...), built once per test run and shared by the test classes
 * that look at it. {@link #published()} is what `build` publishes; {@link #preview()} adds the drafts, so that
 * browser tests see every template (the profile sheets are drafts) and is served on 127.0.0.1.
 */
public final class ShippedSite {
    private static Path published;
    private static TestSites.Run publishedRun;
    private static Path preview;
    private static StaticServer server;

    private ShippedSite() {
    }

    /** The published site's folder (built on first use). */
    public static synchronized Path published() {
        if (published == null) {
            published = temp("bfc-published-");
            publishedRun = TestSites.main("build", "--project", TestSites.projectDir().toString(), "--out",
                    published.toString());
        }
        return published;
    }

    /** What the published build printed. */
    public static synchronized TestSites.Run publishedRun() {
        published();
        return publishedRun;
    }

    /** The preview (drafts included), served on 127.0.0.1; returns the server. */
    public static synchronized StaticServer preview() {
        if (server == null) {
            preview = temp("bfc-preview-");
            TestSites.Run run = TestSites.main("build", "--drafts", "--project", TestSites.projectDir().toString(),
                    "--out", preview.toString());
            if (run.exitCode() != 0) {
                throw new IllegalStateException("the shipped site does not build:\n" + run.err());
            }
            try {
                server = StaticServer.start(preview, 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    /** The preview's folder. */
    public static synchronized Path previewDir() {
        preview();
        return preview;
    }

    private static Path temp(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Path site = dir.resolve("site");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> TestSites.deleteTree(dir)));
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
