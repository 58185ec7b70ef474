package org.betterfactories.site.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

import org.betterfactories.site.diag.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The text of one input file, read as UTF-8, with a byte-order mark removed and Windows or old Mac
 * line endings turned into {@code \n}, so that editors on any system are accepted silently.
 *
 * @param path the file's path relative to the project, with forward slashes; used in messages
 * @param text the whole text, lines ending in {@code \n}
 * @param lines the text split into lines (without line endings): a view of {@code text}, each line cut out when
 *     asked for (a large site keeps one copy of each file in memory, not two)
 */
public record SourceFile(String path, String text, List<String> lines) {

    public SourceFile {
        lines = lines instanceof Lines ? lines : List.copyOf(lines);
    }

    /** Builds a source file from text already in memory (used by tests and by the AsciiDoc include check). */
    public static SourceFile of(String path, String text) {
        String normalised = normaliseLineEndings(stripBom(text));
        return new SourceFile(path, normalised, new Lines(normalised));
    }

    /**
     * Reads a file strictly as UTF-8.
     *
     * @throws InvalidTextException when the bytes are not UTF-8, naming the line of the first bad byte
     */
    public static SourceFile read(Path file, String path) throws IOException, InvalidTextException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return of(path, text);
        } catch (CharacterCodingException e) {
            throw new InvalidTextException(invalidUtf8(path, bytes));
        }
    }

    /** The text of a 1-based line, or "" when out of range. */
    public String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    /** A problem at a position of this file, with the line's text attached for the caret display. */
    public Problem error(Position at, String message, String fix) {
        return Problem.error(path, at.line(), at.column(), message, fix).withSourceLine(line(at.line()));
    }

    /** A warning at a position of this file, with the line's text attached. */
    public Problem warning(Position at, String message, String fix) {
        return Problem.warning(path, at.line(), at.column(), message, fix).withSourceLine(line(at.line()));
    }

    /**
     * The position of the first occurrence of {@code needle} at or after line {@code fromLine}, or
     * {@code null} when it does not occur. Used to point at the source of something found in rendered HTML.
     */
    public @Nullable Position find(String needle, int fromLine) {
        for (int i = Math.max(1, fromLine); i <= lines.size(); i++) {
            int col = lines.get(i - 1).indexOf(needle);
            if (col >= 0) {
                return new Position(i, col + 1);
            }
        }
        return null;
    }

    static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String normaliseLineEndings(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Problem invalidUtf8(String path, byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < bytes.length) {
            int len = sequenceLength(bytes[i]);
            boolean ok = len > 0 && i + len <= bytes.length;
            if (ok) {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, i, len));
                } catch (CharacterCodingException e) {
                    ok = false;
                }
            }
            if (!ok) {
                String lineText = new String(bytes, lineStart, endOfLine(bytes, lineStart) - lineStart,
                        StandardCharsets.UTF_8);
                int column = new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8).length() + 1;
                return Problem.error(path, line, column,
                        String.format("the file is not valid UTF-8 text: byte 0x%02X on line %d cannot be read",
                                bytes[i] & 0xFF, line),
                        "Save the file with the UTF-8 encoding in your editor (\"Save with encoding\" > UTF-8) "
                                + "and retype the characters on this line")
                        .withSourceLine(lineText);
            }
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
            i += len;
        }
        return Problem.error(path, 0, 0, "the file is not valid UTF-8 text",
                "Save the file with the UTF-8 encoding in your editor");
    }

    private static int sequenceLength(byte b) {
        int u = b & 0xFF;
        if (u < 0x80) {
            return 1;
        } else if (u >= 0xC2 && u <= 0xDF) {
            return 2;
        } else if (u >= 0xE0 && u <= 0xEF) {
            return 3;
        } else if (u >= 0xF0 && u <= 0xF4) {
            return 4;
        }
        return 0;
    }

    private static int endOfLine(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && bytes[i] != '\n' && bytes[i] != '\r') {
            i++;
        }
        return i;
    }

    /** The file's bytes are not UTF-8. */
    public static final class InvalidTextException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        InvalidTextException(Problem problem) {
            super(problem.headline());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** The lines of a text, as a list that cuts each line out of the text when asked for it. */
    private static final class Lines extends AbstractList<String> implements RandomAccess {
        private final String text;
        /** Where each line starts; one more entry, past the end, closes the last line. */
        private final int[] starts;

        Lines(String text) {
            this.text = text;
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            starts = new int[count + 1];
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
            starts[count] = text.length() + 1;
        }

        @Override
        public String get(int index) {
            Objects.checkIndex(index, size());
            return text.substring(starts[index], starts[index + 1] - 1);
        }

        @Override
        public int size() {
            return starts.length - 1;
        }
    }
}
