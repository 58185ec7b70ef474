package org.betterfactories.site.print;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;

/**
 * The site being built, served to Chromium on 127.0.0.1 while it prints: pages, stylesheets, fonts and images
 * from memory, before anything is written to the output folder.
 */
final class PrintServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css",
            "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml", "png",
            "image/png", "jpg", "image/jpeg", "woff2", "font/woff2", "json", "application/json");

    private final HttpServer server;

    /** @param files output path ({@code km/guide/all/index.html}) to bytes, null for a file the site does not have */
    PrintServer(Function<String, byte[]> files) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "print-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = URI.create(exchange.getRequestURI().getRawPath()).getPath().substring(1);
                if (path.isEmpty() || path.endsWith("/")) {
                    path = path + "index.html";
                }
                byte[] body = files.apply(path);
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                String ext = path.substring(path.lastIndexOf('.') + 1);
                exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    /** {@code http://127.0.0.1:port} */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
