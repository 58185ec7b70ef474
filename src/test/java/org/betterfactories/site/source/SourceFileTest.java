package org.betterfactories.site.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.betterfactories.site.diag.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileTest {
    @TempDir
    Path tmp;

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEndingsSilently() throws Exception {
        Path f = tmp.resolve("a.md");
        Files.write(f, "\uFEFF---\r\ntitle: ខ្មែរ\r\n---\r\nText\r\n".getBytes(StandardCharsets.UTF_8));
        SourceFile s = SourceFile.read(f, "content/km/a.md");
        assertEquals(List.of("---", "title: ខ្មែរ", "---", "Text", ""), s.lines());
        assertEquals("---\ntitle: ខ្មែរ\n---\nText\n", s.text());
    }

    @Test
    void namesTheLineOfTheFirstByteThatIsNotUtf8() throws IOException {
        Path f = tmp.resolve("b.md");
        byte[] latin1 = "---\ntitle: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(f, latin1);
        SourceFile.InvalidTextException e = assertThrows(SourceFile.InvalidTextException.class,
                () -> SourceFile.read(f, "content/en/b.md"));
        Problem p = e.problem();
        assertEquals("content/en/b.md:2:11: error: the file is not valid UTF-8 text: byte 0xE9 on line 2 cannot be read."
                + " Save the file with the UTF-8 encoding in your editor (\"Save with encoding\" > UTF-8) and retype the"
                + " characters on this line.", p.headline());
    }

    @Test
    void findsTextFromAGivenLine() {
        SourceFile s = SourceFile.of("a.md", "---\nlink: /x/\n---\nsee /x/ here\n");
        assertEquals(new Position(4, 5), s.find("/x/", 3));
        assertEquals(null, s.find("/y/", 1));
    }
}
