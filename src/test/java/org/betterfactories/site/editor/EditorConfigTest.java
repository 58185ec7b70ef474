package org.betterfactories.site.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.betterfactories.site.content.ContentSchema;
import org.betterfactories.site.content.FrontMatter;
import org.betterfactories.site.model.PageType;
import org.betterfactories.site.schema.Field;
import org.betterfactories.site.schema.ValueType;
import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The web editor's configuration is the content schema's: every section's keys with their rules, files where the
 * project keeps them, both languages; a change to the schema changes it; it is published only for a site that
 * names its repository, and kept out of search engines.
 */
class EditorConfigTest {
    @TempDir
    Path tmp;

    private Path built(boolean editor) throws IOException {
        Path project = TestSites.shippedCopy(tmp.resolve("project"));
        if (editor) {
            Path yml = project.resolve("site.yml");
            Files.writeString(yml, Files.readString(yml) + "\neditor:\n  repo: example/bfc-site\n");
        }
        Path out = tmp.resolve("out");
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> collection(Map<String, Object> config, String name) {
        return ((List<Map<String, Object>>) config.get("collections")).stream()
                .filter(c -> name.equals(c.get("name"))).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> fieldsByName(List<Object> fields) {
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        for (Object f : fields) {
            Map<String, Object> m = (Map<String, Object>) f;
            byName.put((String) m.get("name"), m);
        }
        return byName;
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySectionIsACollectionWithItsSchemasKeysInBothLanguages() throws IOException {
        Path out = built(true);
        Map<String, Object> config = new Yaml().load(Files.readString(out.resolve("admin/config.yml"),
                StandardCharsets.UTF_8));
        assertEquals(Map.of("structure", "multiple_folders", "locales", List.of("en", "km"), "default_locale", "en"),
                config.get("i18n"));
        assertEquals("example/bfc-site", ((Map<String, Object>) config.get("backend")).get("repo"));
        for (String section : List.of("publications", "news", "initiatives", "profiles", "guide")) {
            Map<String, Object> c = collection(config, section);
            assertEquals("content/{{locale}}/" + section, c.get("folder"), section);
            PageType type = PageType.defaultFor(section, false);
            boolean asciidoc = section.equals("guide");
            assertEquals(asciidoc ? "adoc" : "md", c.get("extension"));
            Map<String, Map<String, Object>> fields = fieldsByName((List<Object>) c.get("fields"));
            Map<String, Field> schema = ContentSchema.fieldsFor(type);
            assertFalse(schema.isEmpty());
            for (Field f : schema.values()) {
                String name = asciidoc ? FrontMatter.kebab(f.name()) : f.name();
                if (CmsConfig.NOT_EDITED.contains(f.name())) {
                    assertFalse(fields.containsKey(name), name + " is not offered");
                    continue;
                }
                Map<String, Object> field = fields.get(name);
                assertNotNull(field, section + " offers " + name);
                assertEquals(f.required(), field.get("required"), section + "." + name + " required");
                if (f.type() instanceof ValueType.Choice choice) {
                    assertEquals(choice.values(), field.get("options"), name);
                }
                if (f.type() instanceof ValueType.Date) {
                    assertEquals("YYYY-MM-DD", field.get("format"), name);
                }
                assertEquals(f.type() instanceof ValueType.Text ? Boolean.TRUE : field.get("i18n"), field.get("i18n"),
                        name + ": text is written per language");
            }
            assertEquals("body", fields.keySet().stream().reduce((a, b) -> b).orElseThrow(), "the text comes last");
        }
        Map<String, Object> pages = collection(config, "pages");
        assertTrue(((List<Map<String, Object>>) pages.get("files")).stream().anyMatch(f -> "content/{{locale}}/about.md"
                .equals(f.get("file"))), "top-level pages, both languages");
        String robots = Files.readString(out.resolve("robots.txt"));
        assertTrue(robots.contains("Disallow: /admin/"), robots);
        assertTrue(Files.readString(out.resolve("admin/index.html")).contains("<meta name=\"robots\" content=\"noindex\">"));
        String admin = Files.readString(out.resolve("admin/admin.js"));
        assertTrue(admin.contains("const LISTS = [\"tags\", \"source\", \"legal-refs\"]")
                || admin.matches("(?s).*const LISTS = \\[[^\\]]*\"legal-refs\"[^\\]]*\\].*"), "from the schema: " + admin);
        assertFalse(Files.readString(out.resolve("admin/sveltia-cms.js")).contains("cdn.jsdelivr.net"), "no CDN");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChangeToTheSchemaChangesTheEditorsFields() {
        Map<String, Field> schema = new LinkedHashMap<>(ContentSchema.fieldsFor(PageType.PUBLICATION));
        Map<String, Map<String, Object>> before = fieldsByName(CmsConfig.fields(schema, false, Set.of()));
        assertFalse(before.containsKey("region"));
        schema.put("region", Field.required("region", new ValueType.Choice(List.of("phnom-penh", "kandal"))));
        schema.put("pubType", Field.required("pubType", new ValueType.Choice(List.of("annual-report", "brief"))));
        Map<String, Map<String, Object>> after = fieldsByName(CmsConfig.fields(schema, false, Set.of()));
        assertEquals(List.of("phnom-penh", "kandal"), after.get("region").get("options"));
        assertEquals(Boolean.TRUE, after.get("region").get("required"));
        assertEquals("duplicate", after.get("region").get("i18n"), "a choice is the same in both languages");
        assertEquals(List.of("annual-report", "brief"), after.get("pubType").get("options"));
    }

    @Test
    void aSiteWithoutItsRepositoryHasNoEditor() throws IOException {
        Path out = built(false);
        assertFalse(Files.exists(out.resolve("admin")));
        assertFalse(Files.readString(out.resolve("robots.txt")).contains("admin"));
    }
}
