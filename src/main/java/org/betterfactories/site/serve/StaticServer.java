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
 * page for missing addresses, and nothing outside the folder ({@code /../} is refused). Uses the JDK's HTTP
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

    private StaticServer(HttpServer server, Path root) {
        this.server = server;
        this.root = root;
    }

    /**
     * Starts serving {@code root} on 127.0.0.1.
     *
     * @param port the port, or 0 for any free one
     * @throws IOException when the port is taken (the message says which)
     */
    public static StaticServer start(Path root, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        StaticServer s = new StaticServer(server, root.toAbsolutePath().normalize());
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

    /** The 404 page of the language the address is in ({@code /km/...}), else the root one. */
    private Path notFoundPage(String rawPath) {
        String[] parts = rawPath.split("/");
        if (parts.length > 1 && parts[1].matches("[a-z]{2,3}")) {
            Path lang = root.resolve(parts[1]).resolve("404.html");
            if (Files.isRegularFile(lang)) {
                return lang;
            }
        }
        Path rootPage = root.resolve("404.html");
        return Files.isRegularFile(rootPage) ? rootPage : null;
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
