package org.betterfactories.site.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a built site folder over HTTP, as a static host would ({@link SiteRequests}: directory index, the
 * trailing-slash redirect, content types, each language's 404 page, nothing outside the folder). Uses the JDK's HTTP
 * server, on loopback only; for tests and for trying a built site.
 */
public final class StaticServer implements AutoCloseable {
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
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8),
                        false);
                return;
            }
            SiteRequests.Answer a = SiteRequests.answer(exchange.getRequestURI().getRawPath(), "/", this::read);
            if (a.location() != null) {
                exchange.getResponseHeaders().set("Location", a.location());
            }
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            send(exchange, a.status(), a.type(), a.body(), method.equals("HEAD"));
        }
    }

    /** A file of the site folder; nothing outside it. */
    private Optional<byte[]> read(String path) {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 || head ? -1 : body.length);
        if (body.length > 0 && !head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
