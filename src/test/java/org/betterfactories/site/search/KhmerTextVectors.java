package org.betterfactories.site.search;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.betterfactories.site.testing.TestSites;

/** The normalization test vectors shared by the Java side (KhmerTextTest) and the browser (SearchBrowserTest). */
public final class KhmerTextVectors {
    private KhmerTextVectors() {
    }

    public static List<Map<String, String>> all() throws IOException {
        String json = Files.readString(TestSites.projectDir().resolve("src/test/resources/search/normalization-vectors.json"));
        return SimpleJson.parseListOfStringMaps(json);
    }
}
