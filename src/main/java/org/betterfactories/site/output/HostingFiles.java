package org.betterfactories.site.output;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.config.NewsletterConfig;
import org.betterfactories.site.config.SiteConfig;
import org.jspecify.annotations.Nullable;

/**
 * Files that make the site easy to host and to find: {@code robots.txt} (pointing at the sitemap), a Netlify /
 * Cloudflare Pages {@code _headers} file and an Apache {@code .htaccess} in the site, and configurations for
 * nginx and Caddy next to it ({@code target/hosting/}). All send the same headers: a strict
 * Content-Security-Policy, which the site satisfies (no inline script or style, everything from the site
 * itself, the form and its optional {@code fetch} going only to the newsletter provider), {@code nosniff}, a
 * referrer policy, a permissions policy and no framing; caching for a year for fingerprinted files
 * ({@code site.1a2b3c4d5e.css}) and revalidation for everything else; the precompressed {@code .gz} files; each
 * language's 404 page. Each configuration is tested in the real server (nginx, Apache httpd, Caddy).
 */
public final class HostingFiles {
    /** Where the web server's root folder is assumed to be; the site goes into it at the base path. */
    public static final String WEB_ROOT = "/var/www/html";

    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    private static final String CSP = "Content-Security-Policy";
    /** The web editor's folder, under the base path. */
    private static final String EDITOR = "admin/";

    private HostingFiles() {
    }

    /**
     * The Content-Security-Policy for this site's configuration; {@code frames} are the origins of the video players
     * its pages embed once the reader presses play (exactly those, in {@code frame-src}; none, none allowed).
     */

    public static String contentSecurityPolicy(SiteConfig config, java.util.Set<String> frames) {
        String provider = providerOrigin(config.newsletter());
        String formAction = "'self'" + (provider == null ? "" : " " + provider);
        String connect = "'self'" + (provider != null && config.newsletter().enhanced() ? " " + provider : "");
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
                + "connect-src " + connect + "; form-action " + formAction + "; "
                + (frames.isEmpty() ? "" : "frame-src " + String.join(" ", new java.util.TreeSet<>(frames)) + "; ")
                + "worker-src 'self'; manifest-src 'self'; base-uri 'none'; frame-ancestors 'none'";
    }

    /**
     * The Content-Security-Policy of the web editor at {@code /admin/} (README, "Editing in the browser"): its
     * scripts and fonts from the site, the styles it writes into the page, and connections only to GitHub's API,
     * where it reads and saves the content.
     */
    public static String editorContentSecurityPolicy() {
        return "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:"
                + " https://avatars.githubusercontent.com https://raw.githubusercontent.com; font-src 'self';"
                + " connect-src 'self' data: blob: https://api.github.com https://raw.githubusercontent.com;"
                + " media-src 'self' blob:; frame-src 'self' blob:; worker-src 'self' blob:; manifest-src 'self' blob:; form-action 'none';"
                + " base-uri 'self'; frame-ancestors 'none'";
    }

    /** The headers every answer carries, in order. */

    public static Map<String, String> securityHeaders(SiteConfig config, java.util.Set<String> frames) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", contentSecurityPolicy(config, frames));
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", REFERRER_POLICY);
        h.put("Permissions-Policy", PERMISSIONS_POLICY);
        h.put("X-Frame-Options", "DENY");
        return h;
    }

    /** Files for the site's root: robots.txt, _headers, .htaccess. */

    public static Map<String, byte[]> siteFiles(SiteConfig config, java.util.Set<String> frames) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("robots.txt", ("User-agent: *\nAllow: /\n" + (config.editor() == null ? "" : "Disallow: "
                + config.basePath() + "admin/\n") + "\nSitemap: " + config.absoluteUrl("/sitemap.xml") + "\n")
                .getBytes(StandardCharsets.UTF_8));
        files.put("_headers", netlify(config, frames).getBytes(StandardCharsets.UTF_8));
        files.put(".htaccess", apache(config, frames).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** Configuration files that live on the server, not in the site: written to {@code target/hosting/}. */

    public static Map<String, String> serverFiles(SiteConfig config, java.util.Set<String> frames) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("nginx.conf", nginx(config, frames));
        files.put("Caddyfile", caddy(config, frames));
        return files;
    }

    /** The fingerprinted files, as a regular expression on the path (for servers that match by pattern). */
    static String fingerprintPattern() {
        return Assets.FINGERPRINT.pattern();
    }


    static String netlify(SiteConfig config, java.util.Set<String> frames) {
        String base = config.basePath();
        StringBuilder sb = new StringBuilder("# Netlify and Cloudflare Pages read this file (README, \"Hosting\").\n");
        // The policy only on pages: Netlify and Cloudflare join two values of one header, and the editor has its own.
        sb.append(base).append("*\n");
        securityHeaders(config, frames).forEach((k, v) -> {
            if (!k.equals(CSP)) {
                sb.append("  ").append(k).append(": ").append(v).append('\n');
            }
        });
        List<String> pages = new ArrayList<>(List.of(base, base + "index.html", base + "404.html"));
        config.languages().forEach(l -> pages.add(base + l.code() + "/*"));
        for (String p : pages) {
            sb.append(p).append("\n  ").append(CSP).append(": ").append(contentSecurityPolicy(config, frames)).append('\n');
        }
        if (config.editor() != null) {
            sb.append(base).append(EDITOR).append("*\n  ").append(CSP).append(": ").append(editorContentSecurityPolicy())
                    .append('\n');
        }
        for (String folder : List.of("css", "js", "fonts", "img")) {
            sb.append(base).append(folder).append("/*\n  Cache-Control: ").append(IMMUTABLE).append('\n');
        }
        return sb.toString();
    }

    /** Apache httpd 2.4: an {@code .htaccess} in the site's folder (needs AllowOverride All, mod_headers, mod_rewrite). */

    static String apache(SiteConfig config, java.util.Set<String> frames) {
        String base = config.basePath();
        StringBuilder sb = new StringBuilder();
        sb.append("# Apache httpd 2.4 (README, \"Hosting\"). Needs `AllowOverride All` for this folder and the modules\n")
                .append("# headers, rewrite, mime and dir (Debian: a2enmod headers rewrite).\n")
                .append("Options -Indexes -MultiViews\n")
                .append("DirectoryIndex index.html\n")
                .append("AddDefaultCharset utf-8\n")
                .append("AddCharset utf-8 .html .css .js .json .xml .txt .webmanifest\n")
                .append("AddType text/javascript .js\n")
                .append("AddType application/json .json\n")
                .append("AddType font/woff2 .woff2\n")
                .append("AddType application/manifest+json .webmanifest\n")
                .append("<FilesMatch \"^feed\\.xml(\\.gz)?$\">\n  ForceType \"application/atom+xml; charset=utf-8\"\n</FilesMatch>\n")
                .append("# precompressed copies: index.html.gz is HTML sent with Content-Encoding: gzip\n")
                .append("RemoveType .gz\nAddEncoding gzip .gz\n")
                .append("ErrorDocument 404 ").append(base).append("404.html\n");
        for (Language l : config.languages()) {
            sb.append("<If \"%{REQUEST_URI} =~ m#^").append(base).append(l.code()).append("/#\">\n")
                    .append("  ErrorDocument 404 ").append(base).append(l.code()).append("/404.html\n</If>\n");
        }
        sb.append("<IfModule mod_rewrite.c>\n")
                .append("  RewriteEngine On\n")
                .append("  RewriteBase ").append(base).append('\n')
                .append("  # files whose names start with a dot are not published\n")
                .append("  RewriteRule (^|/)\\.(?!well-known/) - [R=404,L]\n")
                .append("  # the precompressed copy, when the browser takes gzip\n")
                .append("  RewriteCond %{HTTP:Accept-Encoding} gzip\n")
                .append("  RewriteCond %{REQUEST_FILENAME} -d\n")
                .append("  RewriteCond %{REQUEST_FILENAME}/index.html.gz -s\n")
                .append("  RewriteRule ^(.*/)?$ $1index.html.gz [L]\n")
                .append("  RewriteCond %{HTTP:Accept-Encoding} gzip\n")
                .append("  RewriteCond %{REQUEST_FILENAME}.gz -s\n")
                .append("  RewriteRule ^(.+)$ $1.gz [L]\n")
                .append("</IfModule>\n")
                .append("<IfModule mod_headers.c>\n");
        securityHeaders(config, frames).forEach((k, v) -> sb.append("  Header always set ").append(k).append(" \"").append(v)
                .append("\"\n"));
        if (config.editor() != null) {
            sb.append("  <If \"%{REQUEST_URI} =~ m#^").append(base).append(EDITOR).append("#\">\n    Header always set ")
                    .append(CSP).append(" \"").append(editorContentSecurityPolicy()).append("\"\n  </If>\n");
        }
        sb.append("  <If \"%{REQUEST_URI} =~ m#").append(fingerprintPattern().replace("$", "(\\.gz)?$")).append("#\">\n")
                .append("    Header set Cache-Control \"").append(IMMUTABLE).append("\"\n  </If>\n  <Else>\n")
                .append("    Header set Cache-Control \"").append(REVALIDATE).append("\"\n  </Else>\n")
                .append("  <FilesMatch \"\\.(html|css|js|json|xml|svg|txt|webmanifest|gz)$\">\n")
                .append("    Header append Vary Accept-Encoding\n  </FilesMatch>\n")
                .append("</IfModule>\n")
                .append("<IfModule mod_deflate.c>\n  SetEnvIfNoCase Request_URI \\.gz$ no-gzip\n</IfModule>\n");
        return sb.toString();
    }

    /**
     * nginx: a file to include in nginx's {@code http} block (it holds a {@code map} and a {@code server}). The
     * site's folder goes to {@value #WEB_ROOT} plus the base path; set {@code root}, {@code listen} and
     * {@code server_name} for the server.
     */

    static String nginx(SiteConfig config, java.util.Set<String> frames) {
        String base = config.basePath();
        StringBuilder sb = new StringBuilder();
        sb.append("# nginx (README, \"Hosting\"): include this file in the http block of nginx.conf, e.g.\n")
                .append("#   include /etc/nginx/conf.d/bfc.conf;\n")
                .append("# The site's folder (target/site) goes to ").append(WEB_ROOT).append(base.equals("/") ? "" :
                        base.substring(0, base.length() - 1)).append("; change root below if it lives elsewhere.\n")
                .append("map $uri $bfc_cache_control {\n")
                .append("    default \"").append(REVALIDATE).append("\";\n")
                .append("    \"~").append(fingerprintPattern()).append("\" \"").append(IMMUTABLE).append("\";\n")
                .append("}\n")
                .append("map $uri $bfc_content_security_policy {\n")
                .append("    default \"").append(contentSecurityPolicy(config, frames)).append("\";\n");
        if (config.editor() != null) {
            sb.append("    \"~^").append(base).append(EDITOR).append("\" \"").append(editorContentSecurityPolicy())
                    .append("\";\n");
        }
        sb.append("}\n")
                .append("server {\n")
                .append("    listen 80;\n")
                .append("    server_name ").append(URI.create(config.baseUrl()).getHost()).append(";\n")
                .append("    root ").append(WEB_ROOT).append(";\n")
                .append("    index index.html;\n")
                .append("    absolute_redirect off;\n")
                .append("    charset utf-8;\n")
                .append("    charset_types text/css text/plain text/xml text/javascript application/javascript")
                .append(" application/json application/xml application/atom+xml application/manifest+json;\n")
                .append("    gzip_static on;\n")
                .append("    gzip_vary on;\n");
        securityHeaders(config, frames).forEach((k, v) -> sb.append("    add_header ").append(k).append(" \"")
                .append(k.equals(CSP) ? "$bfc_content_security_policy" : v).append("\" always;\n"));
        sb.append("    add_header Cache-Control $bfc_cache_control always;\n")
                .append("    # no add_header in the locations below: nginx would drop the ones above\n")
                .append("    error_page 404 ").append(base).append("404.html;\n")
                .append("    location ~ /\\.(?!well-known/) {\n        return 404;\n    }\n")
                .append("    location ~ /feed\\.xml$ {\n        types { }\n        default_type application/atom+xml;\n    }\n")
                .append("    location ").append(base).append(" {\n    }\n");
        for (Language l : config.languages()) {
            sb.append("    location ").append(base).append(l.code()).append("/ {\n        error_page 404 ").append(base)
                    .append(l.code()).append("/404.html;\n    }\n");
        }
        return sb.append("}\n").toString();
    }

    /**
     * Caddy 2: a Caddyfile. The address and the web root come from the environment ({@code BFC_ADDRESS},
     * {@code BFC_WEB_ROOT}), with the site's host (automatic https) and {@value #WEB_ROOT} as defaults.
     */

    static String caddy(SiteConfig config, java.util.Set<String> frames) {
        String base = config.basePath();
        String host = URI.create(config.baseUrl()).getHost();
        StringBuilder sb = new StringBuilder();
        sb.append("# Caddy 2 (README, \"Hosting\"): caddy run --config Caddyfile --adapter caddyfile\n")
                .append("# The site's folder (target/site) goes to the web root plus ").append(base).append('\n')
                .append("{$BFC_ADDRESS:").append(host).append("} {\n")
                .append("\troot * {$BFC_WEB_ROOT:").append(WEB_ROOT).append("}\n")
                .append("\theader {\n");
        securityHeaders(config, frames).forEach((k, v) -> {
            if (!k.equals(CSP)) {
                sb.append("\t\t").append(k).append(" \"").append(v).append("\"\n");
            }
        });
        sb.append("\t}\n")
                .append("\t@pages not path ").append(base).append(EDITOR).append("*\n")
                .append("\theader @pages ").append(CSP).append(" \"").append(contentSecurityPolicy(config, frames)).append("\"\n");
        if (config.editor() != null) {
            sb.append("\t@editor path ").append(base).append(EDITOR).append("*\n")
                    .append("\theader @editor ").append(CSP).append(" \"").append(editorContentSecurityPolicy())
                    .append("\"\n");
        }
        sb
                .append("\t@fingerprinted path_regexp ").append(fingerprintPattern()).append('\n')
                .append("\theader @fingerprinted Cache-Control \"").append(IMMUTABLE).append("\"\n")
                .append("\t@other not path_regexp ").append(fingerprintPattern()).append('\n')
                .append("\theader @other Cache-Control \"").append(REVALIDATE).append("\"\n")
                .append("\t@feed path */feed.xml\n")
                .append("\theader @feed Content-Type \"application/atom+xml; charset=utf-8\"\n")
                .append("\t@json path *.json\n")
                .append("\theader @json Content-Type \"application/json; charset=utf-8\"\n")
                .append("\tfile_server {\n\t\tprecompressed gzip\n\t\thide .*\n\t}\n")
                .append("\thandle_errors {\n");
        for (Language l : config.languages()) {
            sb.append("\t\t@").append(l.code()).append(" path ").append(base).append(l.code()).append("/*\n")
                    .append("\t\thandle @").append(l.code()).append(" {\n\t\t\trewrite * ").append(base).append(l.code())
                    .append("/404.html\n\t\t\tfile_server\n\t\t}\n");
        }
        sb.append("\t\thandle {\n\t\t\trewrite * ").append(base).append("404.html\n\t\t\tfile_server\n\t\t}\n")
                .append("\t}\n}\n");
        return sb.toString();
    }

    private static @Nullable String providerOrigin(@Nullable NewsletterConfig newsletter) {
        if (newsletter == null || newsletter.action().isBlank()) {
            return null;
        }
        URI uri = URI.create(newsletter.action());
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
