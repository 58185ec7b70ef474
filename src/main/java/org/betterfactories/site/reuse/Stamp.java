package org.betterfactories.site.reuse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A file's size and modification time: while both are unchanged, what was made from the file can be reused.
 * Taken while walking a folder (the walk reads them anyway), so a preview of thousands of pages looks at each file
 * once per rebuild.
 */
public record Stamp(long size, long modified) {
    public static Stamp of(Path file) {
        try {
            return of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return new Stamp(-1, -1);
        }
    }

    public static Stamp of(BasicFileAttributes a) {
        return new Stamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }

    /** A stamp of a folder's files (names, sizes, times): it changes when any file in it changes. */
    public static String ofFolder(Path dir) {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).sorted().forEach(f -> sb.append(f).append(of(f)).append('\n'));
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
        return sb.toString();
    }
}
