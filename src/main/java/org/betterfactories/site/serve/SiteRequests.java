package org.betterfactories.site.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The file-serving core of both of the builder's web servers (the preview and the test server): what a request
 * for a site path gets, as a static host answers it. {@code /en/about/} is {@code en/about/index.html};
 * {@code /en/about} redirects to {@code /en/about/}; a missing address gets the nearest {@code 404.html} up the
 * tree (the language's own) with status 404; nothing outside the site is served ({@code /../}, encoded or not, and
 * paths outside the base path are not found); content types come from one table.
 */
final class SiteRequests {
    /** Content types by file extension, UTF-8 for text. */
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
            Map.entry("pdf", "application/pdf"),
            Map.entry("gz", "application/gzip"));

    /** Where the files of a site come from: a folder, or a build held in memory. */
    interface Source {
        /** The bytes of the file at {@code path} (relative to the site, no leading slash), if there is one. */
        Optional<byte[]> read(String path);
    }

    /**
     * What to send.
     *
     * @param location where a redirect goes, else null
     * @param path the file's path in the site, for a found file or a 404 page (else null)
     */
    record Answer(int status, String type, byte[] body, @Nullable String location, @Nullable String path) {
        boolean isPage() {
            return type.startsWith("text/html");
        }
    }

    private SiteRequests() {
    }

    /** The answer to a request for {@code rawPath} (as sent: still percent-encoded) on a site at {@code basePath}. */
    static Answer answer(String rawPath, String basePath, Source source) {
        String path = decode(rawPath);
        if (path == null) {
            return new Answer(400, "text/plain; charset=utf-8", "bad request\n".getBytes(StandardCharsets.UTF_8), null,
                    null);
        }
        if (!path.startsWith(basePath)) {
            return notFound("", source);
        }
        String rel = path.substring(basePath.length());
        String file = rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel;
        Optional<byte[]> body = source.read(file);
        if (body.isPresent()) {
            return new Answer(200, typeOf(file), body.get(), null, file);
        }
        if (!rel.isEmpty() && !rel.endsWith("/") && source.read(rel + "/index.html").isPresent()) {
            return new Answer(301, "text/plain; charset=utf-8", new byte[0], rawPath + "/", null);
        }
        return notFound(rel, source);
    }

    /** The nearest {@code 404.html} up the tree from {@code rel}, with status 404. */
    private static Answer notFound(String rel, Source source) {
        String dir = rel;
        while (true) {
            int slash = dir.lastIndexOf('/', dir.endsWith("/") ? dir.length() - 2 : dir.length() - 1);
            dir = slash < 0 ? "" : dir.substring(0, slash + 1);
            Optional<byte[]> page = source.read(dir + "404.html");
            if (page.isPresent()) {
                return new Answer(404, TYPES.get("html"), page.get(), null, dir + "404.html");
            }
            if (dir.isEmpty()) {
                return new Answer(404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8),
                        null, null);
            }
        }
    }

    /** The decoded path, or null when it cannot be decoded or would leave the site. */
    static @Nullable String decode(String rawPath) {
        String path;
        try {
            path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path.contains("\0") || path.contains("\\") || !path.startsWith("/")) {
            return null;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return null;
            }
        }
        return path;
    }

    static String typeOf(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
