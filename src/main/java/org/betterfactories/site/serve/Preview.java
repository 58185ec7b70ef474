package org.betterfactories.site.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.betterfactories.site.diag.BuildFailedException;
import org.betterfactories.site.diag.IoProblems;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.diag.ProblemPrinter;
import org.betterfactories.site.pipeline.BuildOptions;
import org.betterfactories.site.pipeline.BuildResult;
import org.betterfactories.site.pipeline.SiteBuild;
import org.betterfactories.site.render.jbake.AsciidocBodyEngine;
import org.betterfactories.site.reuse.Memory;
import org.jsoup.nodes.Entities;

/**
 * The {@code serve} command: builds the site with its drafts, serves it, watches {@code content/},
 * {@code templates/}, {@code assets/}, {@code i18n/}, {@code site.yml} and {@code jbake.properties}, rebuilds
 * after every change (reusing what did not change, see {@link Memory}) and makes open pages reload. Bad
 * content never stops it: the pages show the problems until the file is fixed.
 */
public final class Preview implements AutoCloseable {
    /** The style of the preview's own pages (building, errors), served at {@link PreviewServer#STYLE}. */
    static final String STYLE = "body{font-family:system-ui,sans-serif;margin:1rem auto;max-width:60rem;padding:0 1rem;"
            + "line-height:1.5}:lang(km){line-height:1.75}pre{background:#fff3cd;padding:.75rem;overflow-x:auto;"
            + "line-height:1.75}li{margin-bottom:1.5rem}\n";

    private static final String HEAD = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<link rel=\"stylesheet\" href=\"" + PreviewServer.STYLE + "\">\n";

    /** Shown for every page until the first build is done; it reloads itself (also without JavaScript). */
    static final String BUILDING = HEAD + "<meta http-equiv=\"refresh\" content=\"2\">\n"
            + "<title>Building…</title>\n</head>\n<body>\n<main>\n<h1>Building the site…</h1>\n"
            + "<p>This page reloads by itself when it is ready.</p>\n</main>\n</body>\n</html>\n";

    /** No-op rebuilds after the first build, while the editor opens the browser. */
    static final int WARM_UP_BUILDS = 15;

    /** Changes closer together than this make one rebuild. */
    static final long SETTLE_MILLIS = 10;

    private final Path project;
    private final PrintStream out;
    private final boolean warmUp;
    private final Memory memory = new Memory();
    private final PreviewServer server;
    private final WatchService watcher;
    private final Thread loop;
    private volatile long version;
    private volatile long lastRebuildMillis;

    private Preview(Path project, String host, int port, PrintStream out, boolean warmUp) throws IOException {
        this.project = project;
        this.out = out;
        this.warmUp = warmUp;
        this.watcher = FileSystems.getDefault().newWatchService();
        watchAll();
        // bind first, so a taken port is reported at once; pages say "building" until the first build is done
        this.server = PreviewServer.start(host, port, PreviewServer.Snapshot.building(BUILDING));
        this.loop = new Thread(this::watchLoop, "preview-watch");
        loop.setDaemon(true);
        loop.start();
    }

    /**
     * Starts serving {@code project} on {@code host:port} (0: any free port) at once; the first build runs in
     * the background while every page says so. Warms the compiler up after the first build.
     *
     * @throws java.net.BindException when the port is taken
     */
    public static Preview start(Path project, String host, int port, PrintStream out) throws IOException {
        return new Preview(project, host, port, out, true);
    }

    /** As {@link #start(Path, String, int, PrintStream)}; without warm-up builds when {@code warmUp} is false. */
    public static Preview start(Path project, String host, int port, PrintStream out, boolean warmUp)
            throws IOException {
        return new Preview(project, host, port, out, warmUp);
    }

    public int port() {
        return server.port();
    }

    /** The version of what is served: it goes up with every build (successful or not); 0 until the first. */
    public long version() {
        return server.current().version();
    }

    /**
     * Waits until a build newer than {@code version} is served (successful or not).
     *
     * @return whether it came within {@code millis}
     */
    public boolean awaitBuildAfter(long version, long millis) throws InterruptedException {
        return server.awaitVersion(version + 1, millis);
    }

    /** How long the last rebuild took, from the change to the new pages being served. */
    public long lastRebuildMillis() {
        return lastRebuildMillis;
    }

    /** Builds once; returns what to serve (the last good site with an error page when the build fails). */
    private PreviewServer.Snapshot build(PreviewServer.Snapshot before) {
        long v = ++version;
        PreviewServer.Snapshot last = before != null && !before.files().isEmpty() ? before : null;
        try {
            BuildResult result = SiteBuild.run(BuildOptions.preview(project, memory));
            new ProblemPrinter(out).print(result.warnings());
            out.println("Built " + result.pageCount() + " pages in " + result.millis() + " ms"
                    + (result.warnings().isEmpty() ? "" : "; " + ProblemPrinter.plural(result.warnings().size(),
                            "warning") + ", above"));
            return new PreviewServer.Snapshot(v, result.files(), result.assets(), result.basePath(), null,
                    result.contentSecurityPolicy(), result.onDemand());
        } catch (BuildFailedException e) {
            new ProblemPrinter(out).print(e.problems());
            out.println("The content has " + ProblemPrinter.plural(e.problems().stream().filter(Problem::isError)
                    .count(), "error") + ", above; the pages show them until they are fixed.");
            return failed(last, v, errorPage(e.problems()));
        } catch (RuntimeException | StackOverflowError e) {
            memory.clear(); // nothing half-made is reused
            out.println("internal error while building: " + e);
            return failed(last, v, errorPage(List.of(Problem.error("(builder)", 0, 0, "internal error: " + e,
                    "Report this bug to the developers; the preview goes on with the next save"))));
        }
    }

    private static PreviewServer.Snapshot failed(PreviewServer.Snapshot last, long version, String page) {
        return last != null ? last.withError(version, page)
                : new PreviewServer.Snapshot(version, Map.of(), Map.of(), "/", page,
                        PreviewServer.Snapshot.building(page).csp(), f -> java.util.Optional.empty());
    }

    /**
     * The first build, the warm-up, then a rebuild after every change, until closed. Nothing in the content or
     * the builder stops it: a failed rebuild is shown in the pages, and the next save is built again.
     */
    private void watchLoop() {
        try {
            server.show(build(null));
            if (warmUp) {
                warmUp();
            }
            while (true) {
                WatchKey key = watcher.take();
                long changedAt = System.nanoTime();
                Change change = drain(key);
                // let a burst of saves settle into one rebuild
                for (WatchKey more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS); more != null;
                        more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) {
                    change = change.and(drain(more));
                }
                if (!change.relevant()) {
                    continue; // the project folder's other files (target/ ...): nothing the site is made from
                }
                boolean structural = change.created();
                try {
                    if (structural) {
                        watchAll();
                    }
                } catch (IOException e) {
                    out.println("cannot watch a new folder: " + IoProblems.reason(e));
                }
                server.show(build(server.current()));
                lastRebuildMillis = (System.nanoTime() - changedAt) / 1_000_000;
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopping
        }
    }

    /**
     * A few rebuilds with nothing changed, right after the first build, so that the JIT compiler has compiled
     * the rebuild path before the editor's first save (it halves the first rebuilds' time on large sites).
     */
    private void warmUp() {
        for (int i = 0; i < WARM_UP_BUILDS && !Thread.currentThread().isInterrupted(); i++) {
            try {
                SiteBuild.run(BuildOptions.preview(project, memory));
            } catch (BuildFailedException | RuntimeException | StackOverflowError e) {
                return;
            }
        }
    }

    /** What a batch of file events says: whether any concerns the site's sources, and whether files were created. */
    private record Change(boolean relevant, boolean created) {
        Change and(Change other) {
            return new Change(relevant || other.relevant, created || other.created);
        }
    }

    /** The names in the project folder itself that the site is made from; its other files are not watched. */
    private static final Set<String> SOURCES = Set.of("content", "templates", "assets", "i18n",
            AsciidocBodyEngine.SNIPPETS, "site.yml", "jbake.properties");

    /** Reads a key's events. */
    private Change drain(WatchKey key) {
        boolean relevant = false;
        boolean created = false;
        boolean inProject = project.equals(key.watchable());
        for (WatchEvent<?> event : key.pollEvents()) {
            if (inProject && event.context() instanceof Path name && !SOURCES.contains(name.toString())) {
                continue;
            }
            relevant = true;
            created |= event.kind() == StandardWatchEventKinds.ENTRY_CREATE;
        }
        key.reset();
        return new Change(relevant, created);
    }

    private void watchAll() throws IOException {
        project.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        for (String folder : List.of("content", "templates", "assets", "i18n", "snippets")) {
            Path dir = project.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> dirs = Files.walk(dir)) {
                for (Path d : dirs.filter(Files::isDirectory).toList()) {
                    d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        }
    }

    /** The page shown instead of the site while the content has errors. */
    static String errorPage(List<Problem> problems) {
        StringBuilder sb = new StringBuilder(HEAD + "<title>Build error</title>\n</head>\n<body>\n<main>\n"
                + "<h1>The site has errors</h1>\n"
                + "<p>Fix them and save: this page reloads by itself.</p>\n<ol class=\"problems\">\n");
        for (Problem p : problems) {
            if (!p.isError()) {
                continue;
            }
            sb.append("<li><p><strong>").append(Entities.escape(p.path()));
            if (p.line() > 0) {
                sb.append(':').append(p.line()).append(p.column() > 0 ? ":" + p.column() : "");
            }
            sb.append("</strong></p>\n<p>").append(Entities.escape(p.headline().substring(p.headline().indexOf(": error: ") + 9)))
                    .append("</p>\n");
            if (!p.sourceLine().isEmpty()) {
                sb.append("<pre>").append(Entities.escape(p.sourceLine())).append("</pre>\n");
            }
            sb.append("</li>\n");
        }
        return sb.append("</ol>\n</main>\n</body>\n</html>\n").toString();
    }

    /** Stops watching (waiting for a build under way to finish) and serving. */
    @Override
    public void close() throws IOException {
        loop.interrupt();
        watcher.close();
        try {
            loop.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
    }
}
