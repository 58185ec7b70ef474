package org.betterfactories.site.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.betterfactories.site.diag.DidYouMean;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.site.PlannedPage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Checks that every internal {@code href} and {@code src} of every page resolves to a file of the built site,
 * and that every {@code #anchor} exists on its target page. Runs in two steps: {@link #collect} on each page
 * (in parallel), then {@link #check} once all pages are known. External links are listed, not fetched.
 */
final class LinkChecker {
    private static final String SELECTOR = "a[href], link[href], img[src], script[src], source[src], iframe[src], "
            + "video[src], audio[src], form[action]";

    /** A link found on a page: as written, and the site path and fragment it resolves to. */
    record Link(String written, String path, String fragment) {
    }

    private LinkChecker() {
    }

    /** Records the links, ids and external addresses of one page in its context. */
    static void collect(Document doc, PageContext context) {
        PlannedPage planned = context.planned();
        List<Link> links = new ArrayList<>();
        List<String> external = new ArrayList<>();
        for (Element e : doc.select(SELECTOR)) {
            String attr = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "action";
            String value = e.attr(attr).strip();
            if (e.tagName().equals("link") && !e.attr("rel").equals("stylesheet") && !e.attr("rel").equals("icon")
                    && !e.attr("rel").equals("preload")) {
                continue; // canonical, alternates and feeds are absolute; checked by their own tests
            }
            if (value.isEmpty()) {
                context.error(null, "a link has an empty address", "Write the address between the parentheses");
                continue;
            }
            Link link = resolve(planned.sitePath(), value);
            if (link == null) {
                if (value.startsWith("http:") || value.startsWith("https:") || value.startsWith("//")) {
                    external.add(value);
                }
                continue;
            }
            links.add(link);
        }
        Set<String> ids = new TreeSet<>();
        for (Element e : doc.select("[id]")) {
            ids.add(e.id());
        }
        for (Element e : doc.select("a[name]")) {
            ids.add(e.attr("name"));
        }
        context.links(links, ids, external);
    }

    /**
     * Reports every link whose target is not in {@code files} (site paths of all output files, pages and
     * assets), or whose anchor is not on the target page.
     *
     * @param unpublished pages that exist but are not published (drafts, scheduled): a link to one says so
     */
    static void check(List<ProcessedPage> pages, Collection<String> files, Map<String, Unpublished> unpublished,
            Consumer<Problem> problems) {
        Set<String> all = new HashSet<>(files);
        Map<String, String> targets = new HashMap<>();
        Map<String, ProcessedPage> byOutput = new HashMap<>();
        for (ProcessedPage p : pages) {
            byOutput.put(p.outputPath(), p);
        }
        for (ProcessedPage page : pages) {
            PageContext context = new PageContext(page.planned(), problems);
            for (Link link : page.links()) {
                // most links (menus, language switch, lists) recur on every page: look each address up once
                String target = targets.computeIfAbsent(link.path(), path -> {
                    String file = targetFile(path, all);
                    return file == null ? "" : file;
                });
                if (target.isEmpty()) {
                    Unpublished why = unpublished.getOrDefault(link.path(), unpublished.get(link.path() + "/"));
                    if (why != null) {
                        context.error(link.written(), "the link " + link.written() + " goes to " + why.what(),
                                why.fix());
                    } else {
                        String nearest = nearest(link.path(), all);
                        context.error(link.written(), "the link " + link.written() + " goes to a page or file "
                                + "that does not exist", nearest != null ? "Did you mean " + nearest + "?"
                                        : "Correct the address; site addresses look like /en/publications/"
                                                + "annual-report-2020/ and files like /files/report.pdf");
                    }
                    continue;
                }
                if (link.fragment() != null && !link.fragment().isEmpty() && target.endsWith(".html")) {
                    ProcessedPage targetPage = byOutput.get(target.substring(1));
                    if (targetPage != null && !targetPage.ids().contains(link.fragment())) {
                        context.error(link.written(), "the link " + link.written() + " goes to an anchor #"
                                + link.fragment() + " that is not on " + link.path(),
                                "Use one of the heading ids of that page, or remove the #part");
                    }
                }
            }
        }
    }

    /**
     * The existing address nearest to a broken one, for "did you mean": one that differs by a typo or two, else
     * the only page of the same language with the same last part (a page linked under the wrong section).
     */
    static @Nullable String nearest(String path, Set<String> files) {
        List<String> addresses = files.stream()
                .map(f -> f.endsWith("/index.html") ? f.substring(0, f.length() - "index.html".length()) : f)
                .sorted()
                .toList();
        String bare = path.endsWith("/") || path.contains(".") ? path : path + "/";
        Optional<String> close = DidYouMean.closest(bare, addresses);
        if (close.isPresent()) {
            return close.get();
        }
        String[] parts = bare.split("/");
        if (parts.length < 3) {
            return null;
        }
        String language = "/" + parts[1] + "/";
        String last = "/" + parts[parts.length - 1] + (bare.endsWith("/") ? "/" : "");
        List<String> sameName = addresses.stream().filter(a -> a.startsWith(language) && a.endsWith(last)).toList();
        return sameName.size() == 1 ? sameName.get(0) : null;
    }

    /** The output file a site path points at, or null. {@code /en/about/} is {@code /en/about/index.html}. */
    static String targetFile(String path, Set<String> files) {
        if (path.endsWith("/")) {
            String index = path + "index.html";
            return files.contains(index) ? index : null;
        }
        if (files.contains(path)) {
            return path;
        }
        String index = path + "/index.html";
        return files.contains(index) ? index : null;
    }

    /**
     * The site path and fragment an internal link points at, resolved against the page's own path; null for
     * external links, {@code mailto:} and the like.
     */
    static @Nullable Link resolve(String pagePath, String value) {
        if (value.startsWith("//")) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(value.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return new Link(value, value, null);
        }
        if (uri.getScheme() != null) {
            return null;
        }
        URI base = URI.create("http://site" + pagePath);
        URI resolved = base.resolve(uri);
        String path = resolved.getRawPath() == null || resolved.getRawPath().isEmpty() ? pagePath
                : URLDecoder.decode(resolved.getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
        String fragment = uri.getRawFragment() == null ? null
                : URLDecoder.decode(uri.getRawFragment().replace("+", "%2B"), StandardCharsets.UTF_8);
        if (value.startsWith("#")) {
            path = pagePath;
        }
        return new Link(value, path, fragment);
    }
}
