package org.betterfactories.site.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a built site folder over HTTP, as a static host would: directory index ({@code /en/about/} is
 * {@code en/about/index.html}), correct content types (UTF-8 HTML, woff2, PDF ...), the language's own 404
 * page for missing addresses (the nearest {@code 404.html} up the tree), and nothing outside the folder
 * ({@code /../} is refused). Uses the JDK's HTTP
 * server; loopback only unless told otherwise.
 */
public final class StaticServer implements AutoCloseable {
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("pdf", "application/pdf"));

    private final HttpServer server;
    private final Path root;
    private final Map<String, String> headers;

    private StaticServer(HttpServer server, Path root, Map<String, String> headers) {
        this.server = server;
        this.root = root;
        this.headers = Map.copyOf(headers);
    }

    /**
     * Starts serving {@code root} on 127.0.0.1.
     *
     * @param port the port, or 0 for any free one
     * @throws IOException when the port is taken (the message says which)
     */
    public static StaticServer start(Path root, int port) throws IOException {
        return start(root, port, Map.of());
    }

    /** Starts serving {@code root}, adding {@code headers} (e.g. a Content-Security-Policy) to every answer. */
    public static StaticServer start(Path root, int port, Map<String, String> headers) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        StaticServer s = new StaticServer(server, root.toAbsolutePath().normalize(), headers);
        server.createContext("/", s::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "static-server");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return s;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>} (no trailing slash). */
    public String origin() {
        return "http://127.0.0.1:" + port();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes());
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            Path file = resolve(rawPath);
            if (file != null && Files.isDirectory(file)) {
                if (!rawPath.endsWith("/")) {
                    exchange.getResponseHeaders().add("Location", rawPath + "/");
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (file == null || !Files.isRegularFile(file)) {
                Path notFound = notFoundPage(rawPath);
                send(exchange, 404, TYPES.get("html"), notFound != null ? Files.readAllBytes(notFound)
                        : "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>".getBytes());
                return;
            }
            byte[] body = method.equals("HEAD") ? null : Files.readAllBytes(file);
            String type = TYPES.getOrDefault(extension(file), "application/octet-stream");
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.sendResponseHeaders(200, body == null ? -1 : body.length);
            if (body != null) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    /**
     * The file for a request path, or null when the path leaves the site folder ({@code /../}, encoded or
     * not) or cannot be decoded.
     */
    Path resolve(String rawPath) {
        String path;
        try {
            path = java.net.URLDecoder.decode(rawPath.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path.contains("\0") || path.contains("\\")) {
            return null;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return null;
            }
        }
        Path p = root.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        return p.startsWith(root) ? p : null;
    }

    /**
     * The nearest {@code 404.html} up the tree from the requested address: {@code /km/x/y} gets the Khmer
     * 404 page ({@code km/404.html}), also under a sub-path ({@code /bfc/km/x}); else the root one.
     */
    private Path notFoundPage(String rawPath) {
        Path dir = resolve(rawPath);
        if (dir == null) {
            dir = root;
        }
        for (Path d = dir; d != null && d.startsWith(root); d = d.getParent()) {
            Path page = d.resolve("404.html");
            if (Files.isRegularFile(page)) {
                return page;
            }
        }
        return null;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
