package org.betterfactories.site.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.betterfactories.site.artwork.AppIcons;
import org.betterfactories.site.artwork.Palette;
import org.betterfactories.site.config.Language;
import org.betterfactories.site.config.SiteConfig;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.format.Json;
import org.betterfactories.site.format.PageResources;
import org.betterfactories.site.i18n.Messages;
import org.betterfactories.site.model.Urls;
import org.betterfactories.site.site.SiteIndex;

/**
 * What a reader saves with "Save the guide for offline reading", per language: every page of the guide (its index,
 * each chapter, the one-page view) and the offline page, with the stylesheet, scripts, fonts and pictures they use.
 * Written as {@code /<lang>/offline.json} (the files and the bytes they take once saved: pages, styles and scripts
 * kept gzip-compressed by the worker, fonts and pictures as they are), measured against the budget of 1 MB per
 * language; then the service worker {@code /sw.js}, whose caches are named by a hash of everything saved, and per
 * language the web app manifest with its icons.
 */
public final class OfflineGuide {
    /** What one language's saved guide may take on the reader's phone. */
    public static final long BUDGET = 1_000_000;
    /** The service worker, at the root of the site (its scope). */
    public static final String WORKER = "/sw.js";
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

    /** One language's saved guide: its files (site addresses, with the base path) and what they take saved. */
    public record Saved(Language language, List<String> urls, long bytes) {
    }

    /** The files the build adds for offline reading, and what each language's guide takes. */
    public record Files(Map<String, byte[]> files, List<Saved> saved, List<Problem> problems) {
    }

    private OfflineGuide() {
    }

    /** Whether pages of {@code lang} offer to save the guide: the language has a guide with chapters. */
    public static boolean offered(SiteIndex index, Language lang) {
        return index.hasGuide(lang);
    }

    /** The language's web app manifest ({@code /km/manifest.webmanifest}). */
    public static String manifestPath(Language lang) {
        return Urls.home(lang) + "manifest.webmanifest";
    }

    /** The list of the language's saved files ({@code /km/offline.json}). */
    public static String listPath(Language lang) {
        return Urls.home(lang) + "offline.json";
    }

    /**
     * @param pages the site path of each built page to its HTML
     * @param file the bytes of any published file by its output path ({@code css/site.1a2b3c4d5e.css}), or null
     * @param preview the preview's worker removes itself instead: editors always see the pages they just saved
     */
    public static Files make(SiteConfig config, SiteIndex index, Map<String, byte[]> pages,
            Function<String, byte[]> file, Map<Language, Messages> messages, boolean preview) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        List<Saved> saved = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> offeredCodes = new ArrayList<>();
        MessageDigest version = sha256();
        String base = config.basePath();
        java.util.function.Supplier<Palette> palette = org.betterfactories.site.reuse.Reuse.once(
                () -> Palette.read(config.projectDir()));
        for (Language lang : config.languages()) {
            if (!offered(index, lang)) {
                continue;
            }
            offeredCodes.add(lang.code());
            Set<String> paths = new LinkedHashSet<>(); // output paths, without the base path
            String guide = Urls.section(lang, "guide");
            List<String> pagePaths = new ArrayList<>(pages.keySet().stream()
                    .filter(p -> p.startsWith(guide) || p.equals(Urls.offline(lang))).sorted().toList());
            for (String sitePath : pagePaths) {
                paths.add(output(sitePath));
                collect(pages.get(sitePath), base, file, paths);
            }
            long bytes = 0;
            List<String> urls = new ArrayList<>();
            for (String path : paths) {
                byte[] content = file.apply(path);
                if (content == null) {
                    continue; // not a file of this site: never asked for by the pages (a link checked elsewhere)
                }
                bytes += PageResources.sentSize(path, content); // kept gzip-compressed, as it is sent
                version.update(path.getBytes(StandardCharsets.UTF_8));
                version.update(content);
                urls.add(base + (path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length())
                        : path));
            }
            saved.add(new Saved(lang, urls, bytes));
            StringBuilder json = new StringBuilder("{\"lang\": ").append(Json.string(lang.code()))
                    .append(", \"bytes\": ").append(bytes).append(", \"urls\": [");
            for (int i = 0; i < urls.size(); i++) {
                json.append(i == 0 ? "\n  " : ",\n  ").append(Json.string(urls.get(i)));
            }
            json.append("\n]}\n");
            out.put(listPath(lang).substring(1), json.toString().getBytes(StandardCharsets.UTF_8));
            if (bytes > BUDGET) {
                String guideFile = index.sectionIndex(lang, "guide").map(g -> g.path())
                        .orElse("content/" + lang.code() + "/guide");
                problems.add(Problem.warning(guideFile, 0, 0, "the guide saved for offline"
                        + " reading would take " + kb(bytes) + " on a reader's phone, over the " + kb(BUDGET)
                        + " it may take (" + listPath(lang) + " lists its files)", "Use fewer or smaller pictures in"
                        + " the guide's chapters, or shorten the longest chapters"));
            }
            out.put(manifestPath(lang).substring(1), manifest(config, palette.get(), lang, messages.get(lang))
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (!offeredCodes.isEmpty()) {
            out.put("img/app-icon-192.png", AppIcons.png(palette.get(), 192, false));
            out.put("img/app-icon-512.png", AppIcons.png(palette.get(), 512, false));
            out.put("img/app-icon-maskable-512.png", AppIcons.png(palette.get(), 512, true));
            String hash = HexFormat.of().formatHex(version.digest()).substring(0, 10);
            StringBuilder langs = new StringBuilder("[");
            offeredCodes.forEach(c -> langs.append(langs.length() > 1 ? ", " : "").append('\'').append(c).append('\''));
            langs.append(']');
            String worker = preview ? resource("sw-preview.js") : resource("sw.js").replace("__VERSION__", hash)
                    .replace("__BASE__", base).replace("__LANGS__", langs.toString());
            out.put(WORKER.substring(1), worker.getBytes(StandardCharsets.UTF_8));
        }
        return new Files(out, saved, problems);
    }

    /** The output path of a page's site path ({@code /km/guide/} is {@code km/guide/index.html}). */
    private static String output(String sitePath) {
        String p = sitePath.substring(1);
        return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
    }

    /** The files of this site a page loads: stylesheets and the fonts they name, scripts, icons, pictures. */
    private static void collect(byte[] html, String base, Function<String, byte[]> file, Set<String> paths) {
        for (PageResources.Tag t : PageResources.loadingTags(html)) {
            String rel = t.get("rel");
            String url = switch (t.name()) {
                case "link" -> "stylesheet".equals(rel) || "icon".equals(rel) || "preload".equals(rel) ? t.get("href")
                        : null;
                case "script", "img" -> t.get("src");
                default -> null; // a <source> offers other widths: the worker answers with the one it kept
            };
            String path = PageResources.outputPath(url, base);
            if (path != null && paths.add(path) && path.endsWith(".css")) {
                byte[] css = file.apply(path);
                if (css != null) {
                    Matcher u = CSS_URL.matcher(new String(css, StandardCharsets.UTF_8));
                    String dir = path.substring(0, path.lastIndexOf('/') + 1);
                    while (u.find()) {
                        String ref = u.group(1).strip();
                        if (!ref.contains(":") && !ref.startsWith("#")) {
                            String target = ref.startsWith("/") ? PageResources.outputPath(ref, base)
                                    : java.net.URI.create(dir + ref).normalize().getPath();
                            if (target != null) {
                                paths.add(target);
                            }
                        }
                    }
                }
            }
        }
    }

    private static String manifest(SiteConfig config, Palette palette, Language lang, Messages t) {
        String base = config.basePath();
        return "{\n  \"name\": " + Json.string(t.get("site.name")) + ",\n"
                + "  \"short_name\": \"BFC\",\n"
                + "  \"description\": " + Json.string(t.get("site.description")) + ",\n"
                + "  \"lang\": " + Json.string(lang.code()) + ",\n"
                + "  \"dir\": \"ltr\",\n"
                + "  \"start_url\": " + Json.string(base + Urls.home(lang).substring(1)) + ",\n"
                + "  \"scope\": " + Json.string(base) + ",\n"
                + "  \"display\": \"standalone\",\n"
                + "  \"background_color\": " + Json.string(palette.get("--color-paper")) + ",\n"
                + "  \"theme_color\": " + Json.string(palette.get("--color-brand-deep")) + ",\n"
                + "  \"icons\": [\n"
                + "    {\"src\": \"" + base + "img/app-icon-192.png\", \"sizes\": \"192x192\", \"type\": \"image/png\"},\n"
                + "    {\"src\": \"" + base + "img/app-icon-512.png\", \"sizes\": \"512x512\", \"type\": \"image/png\"},\n"
                + "    {\"src\": \"" + base + "img/app-icon-maskable-512.png\", \"sizes\": \"512x512\","
                + " \"type\": \"image/png\", \"purpose\": \"maskable\"}\n"
                + "  ]\n}\n";
    }

    private static String resource(String name) {
        try (InputStream in = OfflineGuide.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the build lacks its " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "330 KB". */
    public static String kb(long bytes) {
        return PageResources.kb(bytes);
    }
}
