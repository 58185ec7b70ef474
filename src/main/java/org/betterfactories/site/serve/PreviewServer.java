package org.betterfactories.site.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.betterfactories.site.editor.EditorFiles;
import org.betterfactories.site.output.HostingFiles;

/**
 * The preview's web server: serves the latest successful build from memory (pages) and from {@code assets/}
 * (files), with correct content types, directory index and each language's 404 page. Every HTML page gets a
 * small script that reloads it when a rebuild finishes (server-sent events on {@code /__bfc/events}); the
 * script exists only here, never in the built site. Until the first build is done every page is a "building"
 * page that reloads itself; while the content has errors, every page lists them instead. Only names the build
 * produced are served: nothing outside it.
 *
 * <p>It answers only requests addressed to itself ({@code Host} is the address it listens on, {@code localhost}
 * or an IP address): a web page elsewhere cannot read drafts through a DNS name that points here ("DNS
 * rebinding"). Every answer carries the site's Content-Security-Policy, so what production blocks fails here
 * too. At most {@link #MAX_RELOAD_STREAMS} pages wait for reloads at once.
 */
public final class PreviewServer implements AutoCloseable {
    static final String RELOAD_SCRIPT = "/__bfc/reload.js";
    static final String STYLE = "/__bfc/preview.css";
    static final String EVENTS = "/__bfc/events";

    /** Open pages waiting for a reload at once; more get 503 and their browser retries. */
    static final int MAX_RELOAD_STREAMS = 24;

    /** Threads serving requests: the reload streams plus a few for pages and files. */
    private static final int THREADS = MAX_RELOAD_STREAMS + 8;

    /**
     * One build's output as served: pages in memory, assets on disk.
     *
     * @param errorPage shown for every page while the content has errors (or the building page), else null
     * @param csp the site's Content-Security-Policy, sent with every answer
     */
    public record Snapshot(long version, Map<String, byte[]> files, Map<String, Path> assets, String basePath,
            String errorPage, String csp, java.util.function.Function<String, Optional<byte[]>> onDemand) {

        /** What is served before the first build is done. */
        static Snapshot building(String page) {
            return new Snapshot(0, Map.of(), Map.of(), "/", page, "default-src 'self'", f -> Optional.empty());
        }

        /** The same site, now shown with an error page (the content is broken). */
        Snapshot withError(long newVersion, String html) {
            return new Snapshot(newVersion, files, assets, basePath, html, csp, onDemand);
        }
    }

    private final HttpServer server;
    private final AtomicReference<Snapshot> current;
    private final HostCheck hosts;
    private final AtomicInteger streams = new AtomicInteger();
    private final ExecutorService executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "preview-http");
                t.setDaemon(true);
                return t;
            });

    private PreviewServer(HttpServer server, Snapshot first, HostCheck hosts) {
        this.server = server;
        this.current = new AtomicReference<>(first);
        this.hosts = hosts;
        ((ThreadPoolExecutor) executor).allowCoreThreadTimeOut(true);
    }

    /**
     * Starts serving on {@code host:port} (0 for any free port).
     *
     * @throws java.net.BindException when the port is taken
     */
    public static PreviewServer start(String host, int port, Snapshot first) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 64);
        PreviewServer s = new PreviewServer(http, first, new HostCheck(host));
        http.createContext("/", s::handle);
        http.setExecutor(s.executor);
        http.start();
        return s;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Shows a new build (or an error page) and tells open pages to reload. */
    public void show(Snapshot snapshot) {
        current.set(snapshot);
        synchronized (current) {
            current.notifyAll();
        }
    }

    public Snapshot current() {
        return current.get();
    }

    /**
     * Waits until a snapshot of at least {@code version} is shown.
     *
     * @return whether it was shown within {@code millis}
     */
    public boolean awaitVersion(long version, long millis) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        synchronized (current) {
            while (current.get().version() < version) {
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                current.wait(left);
            }
        }
        return true;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Snapshot s = current.get();
            boolean editor = exchange.getRequestURI().getRawPath().startsWith(s.basePath() + EditorFiles.FOLDER);
            exchange.getResponseHeaders().set("Content-Security-Policy",
                    editor ? HostingFiles.editorContentSecurityPolicy() : s.csp());
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            if (!hosts.allows(exchange.getRequestHeaders().getFirst("Host"))) {
                send(exchange, 403, "text/plain; charset=utf-8", ("The preview answers only requests addressed to"
                        + " it (localhost or its IP address).\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            switch (path) {
                case EVENTS -> events(exchange);
                case RELOAD_SCRIPT -> send(exchange, 200, SiteRequests.TYPES.get("js"),
                        reloadScript().getBytes(StandardCharsets.UTF_8));
                case STYLE -> send(exchange, 200, SiteRequests.TYPES.get("css"),
                        Preview.STYLE.getBytes(StandardCharsets.UTF_8));
                default -> serve(exchange, s, path);
            }
        }
    }

    private void serve(HttpExchange exchange, Snapshot s, String path) throws IOException {
        String decoded = SiteRequests.decode(path);
        String rel = decoded != null && decoded.startsWith(s.basePath()) ? decoded.substring(s.basePath().length()) : null;
        String page = rel == null ? null : rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel;
        if (s.errorPage() != null && (page == null || looksLikePage(page) || s.files().isEmpty())) {
            // before the first build, and while the content has errors, every page shows why
            boolean building = s.version() == 0;
            if (building) {
                exchange.getResponseHeaders().set("Retry-After", "1");
            }
            send(exchange, building ? 503 : 500, SiteRequests.TYPES.get("html"), inject(s.errorPage()));
            return;
        }
        SiteRequests.Answer a = SiteRequests.answer(path, s.basePath(), file -> read(s, file));
        if (a.location() != null) {
            exchange.getResponseHeaders().set("Location", a.location());
        }
        send(exchange, a.status(), a.type(), a.isPage() ? inject(new String(a.body(), StandardCharsets.UTF_8))
                : a.body());
    }

    /** A file of the build: a page or generated file in memory, else an asset on disk. */
    private static Optional<byte[]> read(Snapshot s, String file) {
        byte[] made = s.files().get(file);
        if (made != null) {
            return Optional.of(made);
        }
        Path asset = s.assets().get("/" + file);
        try {
            return asset != null && Files.isRegularFile(asset) ? Optional.of(Files.readAllBytes(asset))
                    : s.onDemand().apply(file); // a PDF, printed when first asked for
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** An address for a page (not a file with an extension such as .css or .pdf). */
    private static boolean looksLikePage(String page) {
        String last = page.substring(page.lastIndexOf('/') + 1);
        return last.endsWith(".html") || !last.contains(".");
    }

    /** Server-sent events: "reload" whenever a new snapshot is shown; a comment every 15 s keeps it open. */
    private void events(HttpExchange exchange) throws IOException {
        if (streams.incrementAndGet() > MAX_RELOAD_STREAMS) {
            streams.decrementAndGet();
            exchange.getResponseHeaders().set("Retry-After", "5");
            send(exchange, 503, "text/plain; charset=utf-8", "too many open pages\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, 0);
            long seen = current.get().version();
            OutputStream out = exchange.getResponseBody();
            out.write(("retry: 500\n: connected " + seen + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (!executor.isShutdown()) {
                synchronized (current) {
                    if (current.get().version() == seen) {
                        current.wait(15_000);
                    }
                }
                long now = current.get().version();
                if (now != seen) {
                    seen = now;
                    out.write(("data: reload " + now + "\n\n").getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(": still here\n\n".getBytes(StandardCharsets.UTF_8));
                }
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the page was closed or reloaded
        } finally {
            streams.decrementAndGet();
        }
    }

    private static String reloadScript() {
        return "/* Preview only: reload this page when the site has been rebuilt. */\n"
                + "(function () {\n"
                + "  if (!window.EventSource) { return; }\n"
                + "  var events = new EventSource('" + EVENTS + "');\n"
                + "  events.onmessage = function (e) { if (e.data.indexOf('reload') === 0) { location.reload(); } };\n"
                + "}());\n";
    }

    private static byte[] inject(String html) {
        String tag = "<script src=\"" + RELOAD_SCRIPT + "\" defer></script>";
        int at = html.lastIndexOf("</body>");
        String out = at < 0 ? html + tag : html.substring(0, at) + tag + html.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        synchronized (current) {
            current.notifyAll();
        }
        server.stop(0);
    }

    /**
     * Which {@code Host} headers the preview answers: {@code localhost}, IP addresses (a phone on the same Wi-Fi
     * uses the computer's), and the name it was told to listen on. Never another name: a page on another site
     * could point such a name at this computer and read the preview.
     */
    static final class HostCheck {
        private final String listenHost;

        HostCheck(String listenHost) {
            this.listenHost = listenHost.toLowerCase(Locale.ROOT);
        }

        boolean allows(String header) {
            if (header == null || header.isBlank()) {
                return false;
            }
            String h = header.strip().toLowerCase(Locale.ROOT);
            String name;
            if (h.startsWith("[")) {
                int end = h.indexOf(']');
                if (end < 0) {
                    return false;
                }
                name = h.substring(1, end);
                String rest = h.substring(end + 1);
                if (!rest.isEmpty() && !rest.matches(":\\d{1,5}")) {
                    return false;
                }
                return name.matches("[0-9a-f:.%a-z]+") && name.contains(":");
            }
            int colon = h.indexOf(':');
            if (colon >= 0) {
                if (!h.substring(colon + 1).matches("\\d{1,5}")) {
                    return false;
                }
                name = h.substring(0, colon);
            } else {
                name = h;
            }
            return name.equals("localhost") || name.endsWith(".localhost") || name.equals(listenHost)
                    || name.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        }
    }
}
