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
        int line = reader.getLineNumber() - 1;
        String from = reader.getFile();
        String fix = "Put shared text in snippets/ (or next to the page in content/) and include it by a path"
                + " relative to this file, e.g. include::../../../snippets/notice.adoc[]";
        for (String key : attributes.keySet()) {
            if (!SUPPORTED.contains(key) && !key.matches("\\d+")) {
                AsciidoctorLog.refuse(from, line, "the include attribute `" + key + "` is not supported",
                        "Use lines=, tag=, tags= or leveloffset=, or remove it");
                return;
            }
        }
        if (target.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !target.matches("(?i)^[a-z]:[\\\\/].*")) {
            AsciidoctorLog.refuse(from, line, "`include::" + target + "` reads from the web: the build includes only"
                    + " files of the project", "Copy the text into a file in snippets/ and include that");
            return;
        }
        Path dir = Path.of(reader.getDir() == null || reader.getDir().isEmpty() ? "." : reader.getDir());
        Path file;
        try {
            file = Path.of(target).isAbsolute() ? Path.of(target) : dir.resolve(target);
        } catch (InvalidPathException e) {
            AsciidoctorLog.refuse(from, line, "`include::" + target + "` is not a file name", fix);
            return;
        }
        file = file.toAbsolutePath().normalize();
        boolean optional = String.valueOf(attributes.getOrDefault("opts", "")).contains("optional")
                || attributes.containsKey("optional-option");
        if (!Files.exists(file)) {
            if (!inside(file) || !optional) {
                AsciidoctorLog.refuse(from, line, "`include::" + target + "`: "
                        + (inside(file) ? "there is no such file" : "only files in content/ or snippets/ can be"
                                + " included"), inside(file)
                                        ? "Check the file name after include::, relative to this file's folder" : fix);
            }
            return;
        }
        Path real = real(file);
        if (!inside(real)) {
            AsciidoctorLog.refuse(from, line, "`include::" + target + "`: only files in content/ or snippets/ can be"
                    + " included" + (real.equals(file) ? "" : " (this one is a link to a file elsewhere)"), fix);
            return;
        }
        String text;
        try {
            if (!Files.isRegularFile(real)) {
                throw new IOException("it is not a file");
            }
            if (Files.size(real) > MAX_BYTES) {
                AsciidoctorLog.refuse(from, line, "`include::" + target + "` is larger than 1 MB",
                        "Include a shorter file, or split it");
                return;
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(real))).toString();
        } catch (CharacterCodingException e) {
            AsciidoctorLog.refuse(from, line, "`include::" + target + "` is not UTF-8 text",
                    "Save the file as UTF-8");
            return;
        } catch (IOException | SecurityException e) {
            AsciidoctorLog.refuse(from, line, "`include::" + target + "` cannot be read (" + IoProblems.reason(e)
                    + ")", "Check that the file exists and can be read");
            return;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = List.of(text.split("\r?\n", -1));
        int firstLine = 1;
        if (attributes.containsKey("lines")) {
            Selected s = selectLines(lines, String.valueOf(attributes.get("lines")));
            if (s == null) {
                AsciidoctorLog.refuse(from, line, "lines=" + attributes.get("lines") + " is not a list of line ranges",
                        "Write ranges like lines=1..5 or lines=3;7..-1");
                return;
            }
            lines = s.lines();
            firstLine = s.first();
        } else if (attributes.containsKey("tag") || attributes.containsKey("tags")) {
            String spec = String.valueOf(attributes.getOrDefault("tag", attributes.get("tags")));
            Selected s = selectTags(lines, spec);
            if (s.lines().isEmpty()) {
                AsciidoctorLog.refuse(from, line, "`include::" + target + "`: no tagged region `" + spec + "`",
                        "Mark the region with tag::" + spec + "[] and end::" + spec + "[] in the included file");
                return;
            }
            lines = s.lines();
            firstLine = s.first();
        }
        Map<String, Object> pushed = new LinkedHashMap<>();
        if (attributes.containsKey("leveloffset")) {
            pushed.put("leveloffset", attributes.get("leveloffset"));
        }
        reader.pushInclude(String.join("\n", lines), real.toString(), target, firstLine, pushed);
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
