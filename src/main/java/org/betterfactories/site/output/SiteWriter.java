package org.betterfactories.site.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

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
     * Writes {@code generated} files (relative path to bytes) and copies {@code copied} files (site path to
     * source file) into a new folder next to {@code outDir}, marks it complete ({@link OutputFolder#MARKER}), then
     * swaps it in. Folders and files get the permissions of the user's umask (a web server can read them). One
     * build at a time writes a given folder (a lock file next to it); a folder left by a killed build is removed
     * first, and a site a killed build had moved aside is put back ({@link #recover}).
     *
     * @throws IOException the first problem met; whatever the build had written is removed, the previous site
     *     stays in place
     */
    public static void write(Path outDir, Map<String, byte[]> generated, Map<String, Path> copied) throws IOException {
        Path out = outDir.toAbsolutePath().normalize();
        Files.createDirectories(out.getParent());
        try (FileChannel lockFile = lockFile(out); FileLock lock = lockFile.lock()) {
            recover(out);
            Path tmp = out.resolveSibling("." + out.getFileName() + NEW + Long.toHexString(System.nanoTime()));
            Files.createDirectory(tmp); // not createTempDirectory, whose folders only their owner can read
            try {
                for (Map.Entry<String, Path> e : copied.entrySet()) {
                    Path target = inside(tmp, e.getKey());
                    Files.createDirectories(target.getParent());
                    Files.copy(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
                }
                Set<Path> folders = new TreeSet<>();
                for (String path : generated.keySet()) {
                    folders.add(inside(tmp, path).getParent());
                }
                for (Path folder : folders) {
                    Files.createDirectories(folder);
                }
                inParallel(generated.entrySet().stream().toList(),
                        e -> Files.write(inside(tmp, e.getKey()), e.getValue()));
                Files.write(tmp.resolve(OutputFolder.MARKER), OutputFolder.MARKER_TEXT);
                swap(tmp, out);
            } catch (IOException | RuntimeException e) {
                try {
                    deleteTree(tmp);
                } catch (IOException | RuntimeException cleanup) {
                    e.addSuppressed(cleanup); // the first problem is the one to report
                }
                throw e;
            }
        }
    }

    /**
     * Puts things right after a build that was killed: when the site is missing, the newest complete new site
     * (it holds the marker), or else the old site that was moved aside, takes its place; unfinished new sites
     * are removed. Runs under the lock, at the start of every write.
     */
    static void recover(Path out) throws IOException {
        List<Path> fresh = siblings(out, NEW);
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            Path back = fresh.stream().filter(p -> Files.isRegularFile(p.resolve(OutputFolder.MARKER)))
                    .max(Comparator.comparing(SiteWriter::modified)).orElse(null);
            if (back == null) {
                back = siblings(out, TRASH).stream().max(Comparator.comparing(SiteWriter::modified))
                        .orElse(null);
            }
            if (back != null) {
                move(back, out);
            }
        }
        for (Path p : siblings(out, NEW)) {
            deleteTree(p);
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** The folders next to {@code out} named {@code .<out>} + {@code kind} + something. */
    private static List<Path> siblings(Path out, String kind) throws IOException {
        String prefix = "." + out.getFileName() + kind;
        try (Stream<Path> s = Files.list(out.getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    private static final String NEW = ".new-";

    /** The file whose lock one build holds while it writes {@code out}: two builds never write one folder. */
    private static FileChannel lockFile(Path out) throws IOException {
        return FileChannel.open(out.resolveSibling("." + out.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
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
        Path old = out.resolveSibling("." + out.getFileName() + TRASH + Long.toHexString(System.nanoTime()));
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
     * Call at the start of a build: puts back a site that a killed build left missing ({@link #recover}), then
     * deletes, in the background, the old sites that earlier builds set aside next to {@code outDir} (the disk
     * work overlaps with the build's processor work).
     */
    public static void prepare(Path outDir) throws IOException {
        Path out = outDir.toAbsolutePath().normalize();
        if (out.getParent() == null || !Files.isDirectory(out.getParent())) {
            return;
        }
        List<Path> trash;
        try (FileChannel lockFile = lockFile(out); FileLock lock = lockFile.lock()) {
            recover(out);
            trash = siblings(out, TRASH);
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
        List<Path> files = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
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
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
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
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
