package org.betterfactories.site.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.betterfactories.site.config.EditorSettings;
import org.betterfactories.site.config.SiteConfig;
import org.betterfactories.site.content.ContentSchema;
import org.betterfactories.site.content.FrontMatter;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.model.PageType;
import org.betterfactories.site.schema.Field;
import org.betterfactories.site.schema.ValueType;

/**
 * The web editor at {@code /admin/} (README, "Editing in the browser"): the vendored Sveltia CMS of the project's
 * {@code editor/} folder, its configuration generated from the content schema ({@link CmsConfig}), and a page
 * that loads them with the site's stylesheet for the preview. Only for sites whose {@code site.yml} names the
 * repository the editor saves to ({@code editor:}).
 */
public final class EditorFiles {
    /** Where the editor is published, under the base path. */
    public static final String FOLDER = "admin/";

    /** The project folder that holds the vendored editor. */
    public static final String VENDORED = "editor";

    private EditorFiles() {
    }

    /**
     * The editor's files by output path ({@code admin/index.html} ...), or none when the site has no editor.
     *
     * @param pages the site's pages (drafts too): the sections and top-level pages the editor offers
     * @param tags the tags with a label in every language
     * @param stylesheet the site path the site's stylesheet is published at, for the editor's preview
     */
    public static Map<String, byte[]> of(SiteConfig config, List<Page> pages, Set<String> tags, String stylesheet,
            List<Problem> problems) {
        EditorSettings editor = config.editor();
        Map<String, byte[]> files = new TreeMap<>();
        if (editor == null) {
            return files;
        }
        Path dir = config.projectDir().resolve(VENDORED);
        if (!Files.isRegularFile(dir.resolve("sveltia-cms.js"))) {
            problems.add(Problem.error(VENDORED + "/sveltia-cms.js", 0, 0, "the web editor is missing, though site.yml"
                    + " sets `editor`", "Restore the editor/ folder from git, or vendor it again: cd tools && npm ci"
                            + " && node vendor-editor.cjs; or remove `editor:` from site.yml"));
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                if (!rel.equals("VENDORED.md")) {
                    files.put(FOLDER + rel, Files.readAllBytes(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.put(FOLDER + "config.yml", utf8(CmsConfig.yaml(config, editor, pages, tags)));
        files.put(FOLDER + "setup.js", utf8("// Sveltia CMS waits for admin.js, which sets it up and starts it.\n"
                + "window.CMS_MANUAL_INIT = true;\n"));
        files.put(FOLDER + "admin.js", utf8(adminScript()));
        files.put(FOLDER + "index.html", utf8(page(config, stylesheet)));
        return files;
    }

    private static String page(SiteConfig config, String stylesheet) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<title>Editor</title>\n"
                + "<link href=\"config.yml\" type=\"application/yaml\" rel=\"cms-config-url\">\n"
                + "<meta name=\"bfc-preview-style\" content=\"" + config.basePath() + stylesheet.substring(1) + "\">\n"
                + "<script src=\"setup.js\"></script>\n"
                + "<script src=\"sveltia-cms.js\"></script>\n"
                + "<script src=\"admin.js\"></script>\n"
                + "</head>\n<body>\n<noscript>The editor needs JavaScript. The site itself works without it.</noscript>\n"
                + "</body>\n</html>\n";
    }

    /** admin.js with the guide chapters' list and number attributes, from the schema. */
    static String adminScript() {
        String script;
        try (InputStream in = EditorFiles.class.getResourceAsStream("admin.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Field> chapter = ContentSchema.fieldsFor(PageType.GUIDE_SECTION);
        return script.replace("/*LISTS*/[]", names(chapter, ValueType.ListOf.class))
                .replace("/*NUMBERS*/[]", names(chapter, ValueType.Int.class));
    }

    private static String names(Map<String, Field> fields, Class<? extends ValueType> type) {
        return fields.values().stream().filter(f -> type.isInstance(f.type()))
                .map(f -> "\"" + FrontMatter.kebab(f.name()) + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
