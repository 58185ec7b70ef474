package org.betterfactories.site.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The preview's web server: serves the latest successful build from memory (pages) and from {@code assets/}
 * (files), with correct content types, directory index and each language's 404 page. Every HTML page gets a
 * small script that reloads it when a rebuild finishes (server-sent events on {@code /__bfc/events}); the
 * script exists only here, never in the built site. While the content has errors, HTML requests get a page
 * listing them instead of the stale page. Only names the build produced are served: nothing outside it.
 */
public final class PreviewServer implements AutoCloseable {
    static final String RELOAD_SCRIPT = "/__bfc/reload.js";
    static final String EVENTS = "/__bfc/events";

    /** One build's output as served: pages in memory, assets on disk. */
    public record Snapshot(long version, Map<String, byte[]> files, Map<String, Path> assets, String basePath,
            String errorPage) {

        /** The same site, now shown with an error page (the content is broken). */
        Snapshot withError(long newVersion, String html) {
            return new Snapshot(newVersion, files, assets, basePath, html);
        }
    }

    private final HttpServer server;
    private final AtomicReference<Snapshot> current;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "preview-http");
        t.setDaemon(true);
        return t;
    });

    private PreviewServer(HttpServer server, Snapshot first) {
        this.server = server;
        this.current = new AtomicReference<>(first);
    }

    /**
     * Starts serving on {@code host:port} (0 for any free port).
     *
     * @throws java.net.BindException when the port is taken
     */
    public static PreviewServer start(String host, int port, Snapshot first) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 64);
        PreviewServer s = new PreviewServer(http, first);
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

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals(EVENTS)) {
            events(exchange);
            return;
        }
        try (exchange) {
            if (path.equals(RELOAD_SCRIPT)) {
                send(exchange, 200, StaticServer.TYPES.get("js"), reloadScript().getBytes(StandardCharsets.UTF_8));
                return;
            }
            Snapshot s = current.get();
            String decoded = java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (!decoded.startsWith(s.basePath())) {
                notFound(exchange, s, "");
                return;
            }
            String rel = decoded.substring(s.basePath().length());
            String page = rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel;
            if (s.files().containsKey(page) || (!rel.endsWith("/") && s.files().containsKey(rel + "/index.html"))) {
                if (!s.files().containsKey(page)) {
                    exchange.getResponseHeaders().set("Location", path + "/");
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                boolean html = page.endsWith(".html");
                if (html && s.errorPage() != null) {
                    send(exchange, 500, StaticServer.TYPES.get("html"), inject(s.errorPage(), s));
                    return;
                }
                byte[] body = s.files().get(page);
                send(exchange, 200, type(page), html ? inject(new String(body, StandardCharsets.UTF_8), s) : body);
                return;
            }
            Path asset = s.assets().get("/" + rel);
            if (asset != null && Files.isRegularFile(asset)) {
                send(exchange, 200, type(rel), Files.readAllBytes(asset));
                return;
            }
            notFound(exchange, s, rel);
        }
    }

    private void notFound(HttpExchange exchange, Snapshot s, String rel) throws IOException {
        String dir = rel;
        while (true) {
            int slash = dir.lastIndexOf('/', dir.endsWith("/") ? dir.length() - 2 : dir.length() - 1);
            dir = slash < 0 ? "" : dir.substring(0, slash + 1);
            byte[] page = s.files().get(dir + "404.html");
            if (page != null) {
                send(exchange, 404, StaticServer.TYPES.get("html"), inject(new String(page, StandardCharsets.UTF_8), s));
                return;
            }
            if (dir.isEmpty()) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
    }

    /** Server-sent events: "reload" whenever a new snapshot is shown; a comment every 15 s keeps it open. */
    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        long seen = current.get().version();
        try (OutputStream out = exchange.getResponseBody()) {
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
            exchange.close();
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

    private static byte[] inject(String html, Snapshot s) {
        String tag = "<script src=\"" + RELOAD_SCRIPT + "\" defer></script>";
        int at = html.lastIndexOf("</body>");
        String out = at < 0 ? html + tag : html.substring(0, at) + tag + html.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static String type(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        return StaticServer.TYPES.getOrDefault(ext, "application/octet-stream");
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

}
