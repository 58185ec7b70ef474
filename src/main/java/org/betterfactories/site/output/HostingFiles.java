package org.betterfactories.site.output;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.betterfactories.site.config.NewsletterConfig;
import org.betterfactories.site.config.SiteConfig;

/**
 * Files that make the site easy to host and to find: {@code robots.txt} (pointing at the sitemap), a
 * Netlify / Cloudflare Pages {@code _headers} file and an Apache {@code .htaccess} in the site, and a sample
 * nginx configuration next to it ({@code target/hosting/nginx.conf}). All carry the same strict
 * Content-Security-Policy, which the site satisfies: no inline script or style, everything from the site itself,
 * and the form and its optional {@code fetch} going only to the configured newsletter provider.
 */
public final class HostingFiles {
    private HostingFiles() {
    }

    /** The Content-Security-Policy for this site's configuration. */
    public static String contentSecurityPolicy(SiteConfig config) {
        String provider = providerOrigin(config.newsletter());
        String formAction = "'self'" + (provider == null ? "" : " " + provider);
        String connect = "'self'" + (provider != null && config.newsletter().enhanced() ? " " + provider : "");
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
                + "connect-src " + connect + "; form-action " + formAction + "; base-uri 'none'; "
                + "frame-ancestors 'none'";
    }

    /** Files for the site's root: robots.txt, _headers, .htaccess. */
    public static Map<String, byte[]> siteFiles(SiteConfig config) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("robots.txt", ("User-agent: *\nAllow: /\n\nSitemap: " + config.absoluteUrl("/sitemap.xml") + "\n")
                .getBytes(StandardCharsets.UTF_8));
        String csp = contentSecurityPolicy(config);
        String base = config.basePath();
        files.put("_headers", ("# Netlify and Cloudflare Pages read this file (README, \"Hosting\").\n"
                + base + "*\n"
                + "  Content-Security-Policy: " + csp + "\n"
                + "  X-Content-Type-Options: nosniff\n"
                + "  Referrer-Policy: strict-origin-when-cross-origin\n"
                + base + "fonts/*\n"
                + "  Cache-Control: public, max-age=31536000, immutable\n"
                + base + "css/*\n"
                + "  Cache-Control: public, max-age=31536000\n"
                + base + "js/*\n"
                + "  Cache-Control: public, max-age=31536000\n").getBytes(StandardCharsets.UTF_8));
        files.put(".htaccess", ("# Apache (README, \"Hosting\"): needs mod_headers; mod_deflate for compression.\n"
                + "AddDefaultCharset utf-8\n"
                + "AddType font/woff2 .woff2\n"
                + "AddType application/atom+xml .xml\n"
                + "DirectoryIndex index.html\n"
                + "ErrorDocument 404 " + base + "404.html\n"
                + "<IfModule mod_headers.c>\n"
                + "  Header always set Content-Security-Policy \"" + csp + "\"\n"
                + "  Header always set X-Content-Type-Options \"nosniff\"\n"
                + "  Header always set Referrer-Policy \"strict-origin-when-cross-origin\"\n"
                + "  <FilesMatch \"\\.(woff2|css|js)$\">\n"
                + "    Header set Cache-Control \"public, max-age=31536000\"\n"
                + "  </FilesMatch>\n"
                + "</IfModule>\n"
                + "<IfModule mod_deflate.c>\n"
                + "  AddOutputFilterByType DEFLATE text/html text/css text/javascript application/json"
                + " application/xml application/atom+xml image/svg+xml\n"
                + "</IfModule>\n").getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** A sample nginx server block, written next to the site (it is server configuration, not site content). */
    public static String nginx(SiteConfig config, String siteFolder) {
        StringBuilder perLanguage = new StringBuilder();
        for (var l : config.languages()) {
            perLanguage.append("    location ").append(config.basePath()).append(l.code()).append("/ {\n")
                    .append("        error_page 404 ").append(config.basePath()).append(l.code()).append("/404.html;\n")
                    .append("        try_files $uri $uri/ =404;\n    }\n");
        }
        String base = config.basePath();
        String csp = contentSecurityPolicy(config);
        return "# Sample nginx configuration (README, \"Hosting\"). Copy the site folder to the server, then adapt\n"
                + "# server_name and root.\n"
                + "server {\n"
                + "    listen 80;\n"
                + "    server_name " + URI.create(config.baseUrl()).getHost() + ";\n"
                + "    root " + siteFolder + ";\n"
                + "    charset utf-8;\n"
                + "    types { font/woff2 woff2; application/atom+xml xml; }\n"
                + "    gzip on;\n"
                + "    gzip_types text/css text/javascript application/json application/xml application/atom+xml"
                + " image/svg+xml;\n"
                + "    add_header Content-Security-Policy \"" + csp + "\" always;\n"
                + "    add_header X-Content-Type-Options \"nosniff\" always;\n"
                + "    add_header Referrer-Policy \"strict-origin-when-cross-origin\" always;\n"
                + "    location " + base + " {\n"
                + (base.equals("/") ? "" : "        alias " + siteFolder + "/;\n")
                + "        index index.html;\n"
                + "        try_files $uri $uri/ =404;\n"
                + "    }\n"
                + perLanguage
                + "    error_page 404 " + base + "404.html;\n"
                + "    location ~* \\.(woff2|css|js)$ { add_header Cache-Control \"public, max-age=31536000\"; }\n"
                + "}\n";
    }

    private static String providerOrigin(NewsletterConfig newsletter) {
        if (newsletter == null || newsletter.action().isBlank()) {
            return null;
        }
        URI uri = URI.create(newsletter.action());
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
