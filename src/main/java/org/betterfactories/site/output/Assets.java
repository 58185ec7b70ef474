package org.betterfactories.site.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.source.ProjectFiles;

/**
 * The files of {@code assets/} (CSS, scripts, fonts, images, downloads), published at the site root as JBake
 * does. Stylesheets, scripts, fonts and images get a fingerprint of their content in their name
 * ({@code /css/site.css} is published as {@code /css/site.1a2b3c4d5e.css}), so that browsers may keep them for a
 * year and still see a change at once; every reference is rewritten: templates take the published address from
 * {@link #urls()}, pages' HTML is rewritten by {@code html.AssetUrls}, and the {@code url(...)} references inside
 * stylesheets are rewritten here (the stylesheet's fingerprint is taken after that, so a new font gives a new
 * stylesheet name). A stylesheet's {@code @import "tokens.css";} of another stylesheet of {@code assets/} is
 * replaced by that file's text (as postcss-import or Hugo's CSS bundling do), so the browser fetches one file; a
 * stylesheet that is only imported is not published on its own. Downloads ({@code /files/}) and other files keep
 * their names.
 */
public final class Assets {
    /** Extensions whose files are published under a fingerprinted name. */
    private static final Set<String> FINGERPRINTED = Set.of("css", "js", "woff2", "woff", "ttf", "svg", "png", "jpg",
            "jpeg", "gif", "webp", "avif", "ico");

    /** A published name with a fingerprint: {@code name.0123456789.ext}. */
    public static final Pattern FINGERPRINT = Pattern.compile("\\.[0-9a-f]{10}\\.(" + String.join("|",
            new TreeSet<>(FINGERPRINTED)) + ")$");

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");
    /** {@code @import "x.css";} or {@code @import url("x.css");} on a line of its own. */
    private static final Pattern CSS_IMPORT = Pattern.compile(
            "(?m)^[ \\t]*@import\\s+(?:url\\(\\s*)?(['\"])([^'\"]+)\\1\\s*\\)?\\s*;[ \\t]*$");

    private final Map<String, Path> files;
    private final Map<String, byte[]> generated;
    private final Map<String, String> urls;
    private final Map<String, Set<String>> references;

    private Assets(Map<String, Path> files, Map<String, byte[]> generated, Map<String, String> urls,
            Map<String, Set<String>> references) {
        this.files = files;
        this.generated = generated;
        this.urls = urls;
        this.references = references;
    }

    /**
     * The files of {@code assetDir}; links are followed only inside the project, and a link to anything else is
     * reported to {@code problems} and left out.
     */
    public static Assets scan(Path assetDir, Path projectDir, Function<Path, String> relative,
            Consumer<Problem> problems) {
        Map<String, Path> files = new TreeMap<>();
        Map<String, byte[]> generated = new TreeMap<>();
        Map<String, String> urls = new TreeMap<>();
        Map<String, Set<String>> references = new TreeMap<>();
        Map<String, Path> stylesheets = new TreeMap<>();
        try {
            for (Path p : ProjectFiles.walk(assetDir, projectDir, relative, problems).keySet()) {
                String sitePath = "/" + assetDir.relativize(p).toString().replace('\\', '/');
                if (extension(sitePath).equals("css")) {
                    stylesheets.put(sitePath, p); // after the files they refer to
                    continue;
                }
                String published = FINGERPRINTED.contains(extension(sitePath))
                        ? fingerprinted(sitePath, Files.readAllBytes(p)) : sitePath;
                files.put(published, p);
                urls.put(sitePath, published);
            }
            Map<String, String> texts = new TreeMap<>();
            for (Map.Entry<String, Path> css : stylesheets.entrySet()) {
                texts.put(css.getKey(), Files.readString(css.getValue(), StandardCharsets.UTF_8));
            }
            Set<String> imported = new TreeSet<>();
            Map<String, String> bundled = new TreeMap<>();
            for (Map.Entry<String, String> css : texts.entrySet()) {
                bundled.put(css.getKey(), inlineImports(css.getKey(), css.getValue(), texts, imported,
                        line -> problems.accept(Problem.error(relative.apply(stylesheets.get(css.getKey())), line, 1,
                                "this @import names no stylesheet of assets/",
                                "Import a file of assets/css by its name, e.g. @import \"tokens.css\";, or remove the line"))));
            }
            for (Map.Entry<String, Path> css : stylesheets.entrySet()) {
                if (imported.contains(css.getKey())) {
                    continue; // bundled into the stylesheets that import it
                }
                Set<String> refs = new LinkedHashSet<>();
                byte[] bytes = rewriteCss(css.getKey(), bundled.get(css.getKey()), urls, refs)
                        .getBytes(StandardCharsets.UTF_8);
                String published = fingerprinted(css.getKey(), bytes);
                generated.put(published, bytes);
                urls.put(css.getKey(), published);
                references.put(css.getKey(), refs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Assets(files, generated, urls, references);
    }

    /** Published site path to file on disk (files copied as they are), sorted. */
    public Map<String, Path> files() {
        return files;
    }

    /** Published site path to bytes: stylesheets, with their references rewritten. */
    public Map<String, byte[]> generated() {
        return generated;
    }

    /** Each asset's site path (as written in content and templates) to its published address. */
    public Map<String, String> urls() {
        return urls;
    }

    /** The assets a stylesheet refers to (fonts, images), by the stylesheet's site path. */
    public Map<String, Set<String>> references() {
        return references;
    }

    /** Every published site path: copied files and stylesheets. */
    public Set<String> published() {
        Set<String> all = new TreeSet<>(files.keySet());
        all.addAll(generated.keySet());
        return all;
    }

    /**
     * These assets and {@code more} files made from them (resized images: published site path to file), published
     * under their own names.
     */
    public Assets with(Map<String, Path> more) {
        Map<String, Path> f = new TreeMap<>(files);
        Map<String, String> u = new TreeMap<>(urls);
        more.forEach((sitePath, file) -> {
            f.put(sitePath, file);
            u.put(sitePath, sitePath);
        });
        return new Assets(f, generated, u, references);
    }

    /** The site paths of the JPEG and PNG files of {@code assets/}, to the files: the images resized for phones. */
    public Map<String, Path> rasterImages() {
        Map<String, Path> images = new TreeMap<>();
        urls.forEach((sitePath, published) -> {
            String ext = extension(sitePath);
            if ((ext.equals("jpg") || ext.equals("jpeg") || ext.equals("png")) && files.containsKey(published)) {
                images.put(sitePath, files.get(published));
            }
        });
        return images;
    }

    /**
     * Only the assets whose site paths are in {@code used}, and the assets those refer to (a stylesheet's fonts).
     */
    public Assets only(Set<String> used) {
        Set<String> keep = new TreeSet<>(used);
        for (String u : used) {
            keep.addAll(references.getOrDefault(u, Set.of()));
        }
        Map<String, Path> f = new TreeMap<>();
        Map<String, byte[]> g = new TreeMap<>();
        Map<String, String> u = new TreeMap<>();
        for (String sitePath : keep) {
            String published = urls.get(sitePath);
            if (published == null) {
                continue;
            }
            u.put(sitePath, published);
            if (files.containsKey(published)) {
                f.put(published, files.get(published));
            } else if (generated.containsKey(published)) {
                g.put(published, generated.get(published));
            }
        }
        return new Assets(f, g, u, references);
    }

    /**
     * The assets to publish: those the published pages use ({@code used}, with the fonts of the stylesheets they
     * use) and those {@code publish:} in site.yml lists; a draft's photo or an example file never reaches the site.
     * Every other asset is reported as unused, unless {@code mentions} (the drafts' and templates' text) names it.
     */
    public Assets published(Set<String> used, List<String> publish, List<String> mentions, Path assetDir,
            Function<Path, String> relative, Consumer<Problem> problems) {
        Set<String> all = new TreeSet<>(used);
        all.addAll(publish);
        Assets kept = only(all);
        for (String sitePath : urls.keySet()) {
            if (kept.urls().containsKey(sitePath) || mentions.stream().anyMatch(t -> t.contains(sitePath))) {
                continue; // used, or named by a draft or by a template that uses it only on some sites
            }
            problems.accept(Problem.warning(relative.apply(assetDir.resolve(sitePath.substring(1))), 0, 0,
                    "no page uses this file, so it is not published",
                    "Link to it from a page, list it under `publish:` in site.yml, or delete it"));
        }
        return kept;
    }

    /**
     * {@code css} with each {@code @import} of a stylesheet in {@code texts} replaced by that stylesheet's text (its
     * relative {@code url(...)}s made root-relative first), once; the imported site paths are added to
     * {@code imported}, and the line of an import that names no stylesheet goes to {@code unknown}.
     */
    static String inlineImports(String cssPath, String css, Map<String, String> texts, Set<String> imported,
            java.util.function.IntConsumer unknown) {
        String dir = cssPath.substring(0, cssPath.lastIndexOf('/') + 1);
        Matcher m = CSS_IMPORT.matcher(css);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String target = URI.create(m.group(2).startsWith("/") ? m.group(2) : dir + m.group(2)).normalize().getPath();
            String text = texts.get(target);
            String replacement;
            if (text == null || target.equals(cssPath)) {
                unknown.accept((int) css.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1);
                replacement = m.group();
            } else {
                imported.add(target);
                replacement = rootRelativeUrls(target, text).strip();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String rootRelativeUrls(String cssPath, String css) {
        String dir = cssPath.substring(0, cssPath.lastIndexOf('/') + 1);
        Matcher m = CSS_URL.matcher(css);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String target = m.group(2).strip();
            String replacement = target.contains(":") || target.startsWith("/") || target.startsWith("#") ? m.group()
                    : "url(" + m.group(1) + URI.create(dir + target).normalize() + m.group(1) + ")";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code url(...)} of a stylesheet, resolved against its folder and pointed at the published names. */
    static String rewriteCss(String cssPath, String css, Map<String, String> urls, Set<String> refs) {
        String dir = cssPath.substring(0, cssPath.lastIndexOf('/') + 1);
        Matcher m = CSS_URL.matcher(css);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String target = m.group(2).strip();
            String replacement = m.group();
            if (!target.contains(":") && !target.startsWith("//") && !target.startsWith("#")) {
                String clean = target.replaceFirst("[?#].*$", "");
                String resolved = URI.create(target.startsWith("/") ? clean : dir + clean).normalize().getPath();
                String published = urls.get(resolved);
                if (published != null) {
                    refs.add(resolved);
                    replacement = "url(" + m.group(1) + relativeTo(dir, published) + m.group(1) + ")";
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code target} (a site path) as a path relative to the folder {@code dir}, so any base path works. */
    static String relativeTo(String dir, String target) {
        Path from = Path.of(dir);
        return from.relativize(Path.of(target)).toString().replace('\\', '/');
    }

    private static String fingerprinted(String sitePath, byte[] bytes) {
        int dot = sitePath.lastIndexOf('.');
        return sitePath.substring(0, dot) + "." + shortHash(bytes) + sitePath.substring(dot);
    }

    private static String extension(String sitePath) {
        int dot = sitePath.lastIndexOf('.');
        return dot < 0 || dot < sitePath.lastIndexOf('/') ? "" : sitePath.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String shortHash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
