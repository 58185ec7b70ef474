package org.betterfactories.site.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;

/**
 * Last stage: writes the whole site into a fresh temporary folder next to the output folder, then swaps it
 * into place. Until the swap the previous site is untouched, so a build that fails at any point (or is
 * killed) leaves the last good site exactly as it was. Never writes outside its folder.
 */
public final class SiteWriter {

    private SiteWriter() {
    }

    /**
     * Refuses output folders that would destroy sources: the project folder itself, a folder that contains
     * it, or a folder inside one of the source folders.
     *
     * @return an explanation, or null when the folder is safe
     */
    public static String unsafeOutput(Path outDir, Path projectDir, List<Path> sourceDirs) {
        Path out = outDir.toAbsolutePath().normalize();
        Path project = projectDir.toAbsolutePath().normalize();
        if (project.startsWith(out)) {
            return "the output folder " + out + " contains the project: building would replace it";
        }
        for (Path src : sourceDirs) {
            Path s = src.toAbsolutePath().normalize();
            if (out.startsWith(s) || s.startsWith(out)) {
                return "the output folder " + out + " overlaps the source folder " + s;
            }
        }
        return null;
    }

    /**
     * Writes {@code generated} files (relative path to bytes) and copies {@code copied} files (site path to
     * source file) into a new folder, then makes it {@code outDir}.
     */
    public static void write(Path outDir, Map<String, byte[]> generated, Map<String, Path> copied) throws IOException {
        Path out = outDir.toAbsolutePath().normalize();
        Files.createDirectories(out.getParent());
        Path tmp = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".new-");
        try {
            for (Map.Entry<String, Path> e : copied.entrySet()) {
                Path target = inside(tmp, e.getKey());
                Files.createDirectories(target.getParent());
                Files.copy(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
            }
            for (Map.Entry<String, byte[]> e : generated.entrySet()) {
                Path target = inside(tmp, e.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, e.getValue());
            }
            swap(tmp, out);
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    /** {@code relative} inside {@code root}; a path that would leave it is a bug, never written. */
    static Path inside(Path root, String relative) {
        String rel = relative.startsWith("/") ? relative.substring(1) : relative;
        Path p = root.resolve(rel).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new IllegalArgumentException("refusing to write outside the output folder: " + relative);
        }
        return p;
    }

    private static void swap(Path fresh, Path out) throws IOException {
        if (!Files.exists(out)) {
            move(fresh, out);
            return;
        }
        Path old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".old-");
        Files.delete(old);
        move(out, old);
        try {
            move(fresh, out);
        } catch (IOException e) {
            move(old, out);
            throw e;
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
