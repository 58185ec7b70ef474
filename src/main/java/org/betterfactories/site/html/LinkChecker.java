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
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

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
     * @param draftUrls pages that exist as drafts: a link to one gets its own message
     */
    static void check(List<ProcessedPage> pages, Collection<String> files, Set<String> draftUrls,
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
                    if (draftUrls.contains(link.path()) || draftUrls.contains(link.path() + "/")) {
                        context.error(link.written(), "the link " + link.written() + " goes to a draft page",
                                "Publish that page (remove `status: draft`) or remove the link");
                    } else {
                        context.error(link.written(), "the link " + link.written() + " goes to a page or file "
                                + "that does not exist", "Correct the address; site addresses look like /en/publications/"
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
