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
 * killed) leaves the last good site exactly as it was. The previous site is set aside and deleted while the
 * next build runs. Never writes outside its folder.
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
            java.util.Set<Path> folders = new java.util.TreeSet<>();
            for (String path : generated.keySet()) {
                folders.add(inside(tmp, path).getParent());
            }
            for (Path folder : folders) {
                Files.createDirectories(folder);
            }
            inParallel(generated.entrySet().stream().toList(), e -> Files.write(inside(tmp, e.getKey()), e.getValue()));
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
        Path old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + TRASH);
        Files.delete(old);
        move(out, old);
        try {
            move(fresh, out);
        } catch (IOException e) {
            move(old, out);
            throw e;
        }
        // the old site is deleted while the next build works (deleting thousands of files takes seconds)
    }

    private static final String TRASH = ".old-";

    /**
     * Deletes, in the background, the old sites that earlier builds set aside next to {@code outDir}. Call at the
     * start of a build: the disk work overlaps with the build's processor work.
     */
    public static void emptyTrashInBackground(Path outDir) {
        Path out = outDir.toAbsolutePath().normalize();
        if (out.getParent() == null || !Files.isDirectory(out.getParent())) {
            return;
        }
        List<Path> trash;
        try (java.util.stream.Stream<Path> s = Files.list(out.getParent())) {
            trash = s.filter(p -> p.getFileName().toString().startsWith("." + out.getFileName() + TRASH)).toList();
        } catch (IOException e) {
            return;
        }
        if (trash.isEmpty()) {
            return;
        }
        Thread t = new Thread(() -> {
            for (Path p : trash) {
                try {
                    deleteTree(p);
                } catch (IOException e) {
                    // tried again by the next build
                }
            }
        }, "empty-trash");
        t.setDaemon(true);
        t.start();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Deletes a folder tree: files in parallel (on disks that discard freed blocks, each deletion waits on the
     * disk, and thousands of them one after the other take seconds), then the folders, deepest first.
     */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> files = new java.util.ArrayList<>();
        List<Path> dirs = new java.util.ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                dirs.add(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        inParallel(files, Files::delete);
        for (Path dir : dirs) {
            Files.delete(dir);
        }
    }

    private interface IoAction<T> {
        void run(T item) throws IOException;
    }

    /** Runs file operations on a few threads: they wait on the disk, not on the processor. */
    private static <T> void inParallel(List<T> items, IoAction<T> action) throws IOException {
        if (items.size() < 64) {
            for (T item : items) {
                action.run(item);
            }
            return;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
            int chunk = (items.size() + 7) / 8;
            for (int i = 0; i < items.size(); i += chunk) {
                List<T> part = items.subList(i, Math.min(items.size(), i + chunk));
                futures.add(pool.submit(() -> {
                    for (T item : part) {
                        action.run(item);
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : futures) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
