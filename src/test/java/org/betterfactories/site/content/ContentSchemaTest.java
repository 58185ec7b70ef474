package org.betterfactories.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.betterfactories.site.model.PageType;
import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;

class ContentSchemaTest {

    @Test
    void requiredKeysFollowTheContentModel() {
        assertEquals(List.of("title"), ContentSchema.requiredKeys(PageType.PAGE));
        assertEquals(List.of("title", "summary", "pubType"), ContentSchema.requiredKeys(PageType.PUBLICATION));
        assertEquals(List.of("title", "summary", "startYear"), ContentSchema.requiredKeys(PageType.INITIATIVE));
        assertEquals(List.of("title", "order", "sourcesChecked"), ContentSchema.requiredKeys(PageType.GUIDE_SECTION));
        assertEquals(List.of("title", "displayName", "experience"), ContentSchema.requiredKeys(PageType.PROFILE));
    }

    @Test
    void theReadmeDocumentsEveryFrontMatterKey() throws IOException {
        String readme = Files.readString(TestSites.projectDir().resolve("README.md"));
        for (PageType type : PageType.values()) {
            for (String key : ContentSchema.fieldsFor(type).keySet()) {
                assertTrue(readme.contains("`" + key + "`"), "README.md does not explain `" + key + "`");
            }
        }
    }

    @Test
    void folderGivesTheDefaultType() {
        assertEquals(PageType.HOME, PageType.defaultFor("", true));
        assertEquals(PageType.GUIDE, PageType.defaultFor("guide", true));
        assertEquals(PageType.SECTION, PageType.defaultFor("publications", true));
        assertEquals(PageType.PUBLICATION, PageType.defaultFor("publications", false));
        assertEquals(PageType.GUIDE_SECTION, PageType.defaultFor("guide", false));
        assertEquals(PageType.PAGE, PageType.defaultFor("", false));
    }
}
