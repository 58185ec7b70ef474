package org.betterfactories.site.render.jbake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;
import org.betterfactories.site.diag.IoProblems;
import org.jspecify.annotations.Nullable;

/**
 * Handles every {@code include::} of AsciiDoc content (Asciidoctor runs in SECURE mode, where it would read
 * none): reads the file only when it lies inside one of the allowed folders ({@code content/} and
 * {@code snippets/}) once links are resolved, is readable UTF-8 text and is not too large. Anything else (an
 * absolute path, {@code ../} out of the folders, a link to a file elsewhere, an address on the web, a missing
 * or unreadable file) is reported as an error at the include's line ({@link AsciidoctorLog#refuse}) and
 * nothing is included. Supports the include attributes {@code lines}, {@code tag}/{@code tags},
 * {@code leveloffset} and {@code opts=optional}.
 */
final class ContentIncludes extends IncludeProcessor {
    /** An included file larger than this is refused: snippets are short. */
    static final long MAX_BYTES = 1 << 20;

    private static final Set<String> SUPPORTED = Set.of("lines", "tag", "tags", "leveloffset", "opts", "optional-option");
    private static final Pattern TAG = Pattern.compile("\\b(tag|end)::(\\S+?)\\[\\]\\s*$");

    /** The allowed folders of the project whose file this thread converts (one Asciidoctor serves every build). */
    private static final ThreadLocal<List<Path>> ROOTS = ThreadLocal.withInitial(List::of);

    /** Runs a conversion that may include files from {@code roots} only. */
    static <T> T within(List<Path> roots, Supplier<T> conversion) {
        ROOTS.set(roots.stream().map(ContentIncludes::real).toList());
        try {
            return conversion.get();
        } finally {
            ROOTS.remove();
        }
    }

    @Override
    public boolean handles(String target) {
        return true;
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        At at = new At(reader.getFile(), reader.getLineNumber() - 1, target);
        if (!attributesSupported(at, attributes)) {
            return;
        }
        Path file = resolve(at, reader.getDir(), attributes);
        String text = file == null ? null : read(at, file);
        Selected selected = text == null ? null : select(at, List.of(text.split("\r?\n", -1)), attributes);
        if (selected == null) {
            return;
        }
        Map<String, Object> pushed = new LinkedHashMap<>();
        if (attributes.containsKey("leveloffset")) {
            pushed.put("leveloffset", attributes.get("leveloffset"));
        }
        reader.pushInclude(String.join("\n", selected.lines()), file.toString(), target, selected.first(), pushed);
    }

    /** Where an include is written: the including file, its line, and what it names. */
    private record At(String from, int line, String target) {
        void refuse(String message, String fix) {
            AsciidoctorLog.refuse(from, line, message, fix);
        }
    }

    private static final String FIX = "Put shared text in snippets/ (or next to the page in content/) and include it"
            + " by a path relative to this file, e.g. include::../../../snippets/notice.adoc[]";

    private static boolean attributesSupported(At at, Map<String, Object> attributes) {
        for (String key : attributes.keySet()) {
            if (!SUPPORTED.contains(key) && !key.matches("\\d+")) {
                at.refuse("the include attribute `" + key + "` is not supported",
                        "Use lines=, tag=, tags= or leveloffset=, or remove it");
                return false;
            }
        }
        return true;
    }

    /**
     * The file an include names, as a real path inside content/ or snippets/; null when it is refused or is an
     * optional include of a missing file.
     */
    private @Nullable Path resolve(At at, @Nullable String readerDir, Map<String, Object> attributes) {
        String target = at.target();
        if (target.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !target.matches("(?i)^[a-z]:[\\\\/].*")) {
            at.refuse("`include::" + target + "` reads from the web: the build includes only files of the project",
                    "Copy the text into a file in snippets/ and include that");
            return null;
        }
        Path dir = Path.of(readerDir == null || readerDir.isEmpty() ? "." : readerDir);
        Path file;
        try {
            file = (Path.of(target).isAbsolute() ? Path.of(target) : dir.resolve(target)).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            at.refuse("`include::" + target + "` is not a file name", FIX);
            return null;
        }
        boolean optional = String.valueOf(attributes.getOrDefault("opts", "")).contains("optional")
                || attributes.containsKey("optional-option");
        if (!Files.exists(file)) {
            if (!inside(file) || !optional) {
                at.refuse("`include::" + target + "`: " + (inside(file) ? "there is no such file"
                        : "only files in content/ or snippets/ can be included"), inside(file)
                                ? "Check the file name after include::, relative to this file's folder" : FIX);
            }
            return null;
        }
        Path real = real(file);
        if (!inside(real)) {
            at.refuse("`include::" + target + "`: only files in content/ or snippets/ can be included"
                    + (real.equals(file) ? "" : " (this one is a link to a file elsewhere)"), FIX);
            return null;
        }
        return real;
    }

    /** The included file's text (UTF-8, at most {@value #MAX_BYTES} bytes, without a byte order mark), or null. */
    private static @Nullable String read(At at, Path real) {
        String target = at.target();
        try {
            if (!Files.isRegularFile(real)) {
                throw new IOException("it is not a file");
            }
            if (Files.size(real) > MAX_BYTES) {
                at.refuse("`include::" + target + "` is larger than 1 MB", "Include a shorter file, or split it");
                return null;
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(real))).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            at.refuse("`include::" + target + "` is not UTF-8 text", "Save the file as UTF-8");
        } catch (IOException | SecurityException e) {
            at.refuse("`include::" + target + "` cannot be read (" + IoProblems.reason(e) + ")",
                    "Check that the file exists and can be read");
        }
        return null;
    }

    /** The lines the include takes ({@code lines=}, {@code tag=}, else all), or null when the selection is wrong. */
    private static @Nullable Selected select(At at, List<String> lines, Map<String, Object> attributes) {
        if (attributes.containsKey("lines")) {
            Selected s = selectLines(lines, String.valueOf(attributes.get("lines")));
            if (s == null) {
                at.refuse("lines=" + attributes.get("lines") + " is not a list of line ranges",
                        "Write ranges like lines=1..5 or lines=3;7..-1");
            }
            return s;
        }
        if (attributes.containsKey("tag") || attributes.containsKey("tags")) {
            String spec = String.valueOf(attributes.getOrDefault("tag", attributes.get("tags")));
            Selected s = selectTags(lines, spec);
            if (s.lines().isEmpty()) {
                at.refuse("`include::" + at.target() + "`: no tagged region `" + spec + "`",
                        "Mark the region with tag::" + spec + "[] and end::" + spec + "[] in the included file");
                return null;
            }
            return s;
        }
        return new Selected(lines, 1);
    }

    private boolean inside(Path file) {
        return ROOTS.get().stream().anyMatch(file::startsWith);
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private record Selected(List<String> lines, int first) {
    }

    /** {@code lines=1..5;8;10..-1}, as Asciidoctor reads it; null when the list cannot be read. */
    static @Nullable Selected selectLines(List<String> lines, String spec) {
        List<String> out = new ArrayList<>();
        int first = 0;
        for (String range : spec.split("[;,]")) {
            String r = range.strip();
            if (r.isEmpty()) {
                continue;
            }
            Matcher m = Pattern.compile("(\\d+)(?:\\.\\.(-1|\\d+|))?").matcher(r);
            if (!m.matches()) {
                return null;
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from
                    : m.group(2).isEmpty() || m.group(2).equals("-1") ? lines.size() : Integer.parseInt(m.group(2));
            for (int i = Math.max(1, from); i <= Math.min(to, lines.size()); i++) {
                if (first == 0) {
                    first = i;
                }
                out.add(lines.get(i - 1));
            }
        }
        return new Selected(out, Math.max(first, 1));
    }

    /** The lines between {@code tag::name[]} and {@code end::name[]} for the names in {@code spec}. */
    static Selected selectTags(List<String> lines, String spec) {
        Set<String> wanted = Set.of(spec.split("[;,]"));
        List<String> out = new ArrayList<>();
        List<String> open = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = TAG.matcher(lines.get(i));
            if (m.find()) {
                if (m.group(1).equals("tag")) {
                    open.add(m.group(2));
                } else {
                    open.remove(m.group(2));
                }
                continue;
            }
            if (open.stream().anyMatch(wanted::contains)) {
                if (first == 0) {
                    first = i + 1;
                }
                out.add(lines.get(i));
            }
        }
        return new Selected(out, Math.max(first, 1));
    }
}
