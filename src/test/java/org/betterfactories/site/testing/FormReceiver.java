package org.betterfactories.site.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a mailing-list provider on 127.0.0.1: records every signup it receives (urlencoded from a
 * plain form, multipart from {@code fetch(FormData)}), answers JSON with CORS headers when asked for JSON,
 * and otherwise sends the browser to the form's {@code _next} page, as a generic form endpoint does.
 */
public final class FormReceiver implements AutoCloseable {
    /** One request: its fields and whether it asked for JSON. */
    public record Signup(Map<String, String> fields, boolean wantedJson) {
    }

    /** How the stand-in answers a request for JSON. */
    public enum Answer {
        /** 200 with {"ok":true}: the documented success. */
        SUCCESS,
        /** 422 with {"ok":false,"errors":[...]}. */
        REFUSED,
        /** 200 with a JSON object that does not say ok. */
        UNCLEAR_JSON,
        /** 200 with an HTML page. */
        HTML,
        /** 500 with an HTML page. */
        SERVER_ERROR,
        /** The signup is recorded, but the answer lacks the CORS header: the page cannot read it. */
        NO_CORS
    }

    private final HttpServer server;
    private final List<Signup> signups = Collections.synchronizedList(new ArrayList<>());
    private volatile Answer answer = Answer.SUCCESS;

    private FormReceiver(HttpServer server) {
        this.server = server;
    }

    public static FormReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        FormReceiver r = new FormReceiver(server);
        server.createContext("/f/newsletter", r::handle);
        server.start();
        return r;
    }

    /** The form address to configure: {@code http://127.0.0.1:<port>/f/newsletter}. */
    public String action() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/f/newsletter";
    }

    public List<Signup> signups() {
        return List.copyOf(signups);
    }

    /** Whether to answer signups with an error (HTTP 422, JSON) from now on. */
    public void refuse(boolean value) {
        answer = value ? Answer.REFUSED : Answer.SUCCESS;
    }

    /** How to answer requests for JSON from now on. */
    public void answer(Answer how) {
        answer = how;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String origin = exchange.getRequestHeaders().getFirst("Origin");
            if (origin != null && (answer != Answer.NO_CORS || exchange.getRequestMethod().equals("OPTIONS"))) {
                exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
                exchange.getResponseHeaders().set("Vary", "Origin");
            }
            if (exchange.getRequestMethod().equals("OPTIONS")) {
                exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "POST");
                exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "Accept");
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> fields = type.startsWith("multipart/form-data") ? multipart(type, body) : urlencoded(body);
            String accept = String.valueOf(exchange.getRequestHeaders().getFirst("Accept"));
            boolean json = accept.contains("application/json");
            signups.add(new Signup(fields, json));
            if (json) {
                Answer how = answer;
                String text = switch (how) {
                    case SUCCESS, NO_CORS -> "{\"ok\":true}";
                    case REFUSED -> "{\"ok\":false,\"errors\":[{\"message\":\"refused\"}]}";
                    case UNCLEAR_JSON -> "{\"received\":\"maybe\"}";
                    case HTML, SERVER_ERROR -> "<!DOCTYPE html><title>Thanks</title><p>Thanks";
                };
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", text.startsWith("{") ? "application/json"
                        : "text/html; charset=utf-8");
                exchange.sendResponseHeaders(how == Answer.REFUSED ? 422 : how == Answer.SERVER_ERROR ? 500 : 200,
                        bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
                return;
            }
            String next = fields.get("_next");
            if (next != null) {
                exchange.getResponseHeaders().set("Location", next);
                exchange.sendResponseHeaders(303, -1);
                return;
            }
            byte[] answer = "<!DOCTYPE html><title>Received</title><p>Received".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    private static Map<String, String> urlencoded(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return fields;
    }

    private static Map<String, String> multipart(String contentType, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        String boundary = contentType.substring(contentType.indexOf("boundary=") + 9);
        Pattern part = Pattern.compile("name=\"([^\"]*)\"\\r\\n\\r\\n(.*?)\\r\\n--" + Pattern.quote(boundary),
                Pattern.DOTALL);
        Matcher m = part.matcher(body);
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        return fields;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
