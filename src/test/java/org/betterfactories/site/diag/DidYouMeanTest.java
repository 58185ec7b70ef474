package org.betterfactories.site.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DidYouMeanTest {
    private static final List<String> KEYS = List.of("title", "summary", "date", "tags", "pubType", "sourcesChecked");

    @Test
    void suggestsTheKeyAnEditorMostLikelyMeant() {
        assertEquals(Optional.of("summary"), DidYouMean.closest("sumary", KEYS));
        assertEquals(Optional.of("title"), DidYouMean.closest("titel", KEYS), "swapped letters are one edit");
        assertEquals(Optional.of("pubType"), DidYouMean.closest("pubtype", KEYS), "case does not matter");
        assertEquals(Optional.of("sourcesChecked"), DidYouMean.closest("sourcesChekced", KEYS));
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertEquals(Optional.empty(), DidYouMean.closest("author", KEYS));
        assertEquals("", DidYouMean.hint("xy", KEYS));
        assertEquals("Did you mean `date`?", DidYouMean.hint("dat", KEYS));
    }
}
