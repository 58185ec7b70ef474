package org.betterfactories.site.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * Skips a build when nothing changed since the last one, as {@code make} does: a stamp of every input file
 * (names, sizes, times under the project folder, outside the output and {@code target/}), of the output
 * folder, of the options and of the builder itself is kept next to the output; a build whose stamp matches
 * has nothing to do. The stamp is taken before building, so a file saved during a build makes the next
 * build run.
 */
public final class UpToDate {
    private final Path stampFile;
    private final String inputs;
    private final String output;

    private UpToDate(Path stampFile, String inputs, String output) {
        this.stampFile = stampFile;
        this.inputs = inputs;
        this.output = output;
    }

    /** Takes the stamp of the inputs and output of {@code options}. */
    public static UpToDate of(BuildOptions options) {
        Path out = options.outputDir().toAbsolutePath().normalize();
        Path stampFile = out.resolveSibling("." + out.getFileName() + ".stamp");
        MessageDigest in = sha256();
        // the day too: a page scheduled for today is published by the first build of the day
        update(in, "options " + options.includeDrafts() + " " + options.production() + " " + out + " " + options.today());
        update(in, "builder " + builderStamp());
        walk(in, options.projectDir().toAbsolutePath().normalize(), out);
        MessageDigest made = sha256();
        walk(made, out, null);
        return new UpToDate(stampFile, HexFormat.of().formatHex(in.digest()), HexFormat.of().formatHex(made.digest()));
    }

    private String stamp() {
        return inputs + ":" + output;
    }

    /** Whether the last successful build had the same stamp (inputs and output unchanged since). */
    public boolean nothingChanged() {
        try {
            return Files.isRegularFile(stampFile) && Files.readString(stampFile).strip().equals(stamp());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Records a successful build that started with this stamp. When an input changed while it ran, nothing is
     * recorded: the next build must run.
     */
    public void recordBuild(BuildOptions options) {
        UpToDate after = of(options);
        try {
            if (after.inputs.equals(inputs)) {
                Files.writeString(stampFile, after.stamp() + "\n", StandardCharsets.UTF_8);
            } else {
                Files.deleteIfExists(stampFile);
            }
        } catch (IOException e) {
            // without a stamp the next build simply runs
        }
    }

    /**
     * Adds every file under {@code root} (name, size, time) to the stamp. Links are followed, so an edit of a
     * linked file counts. With {@code skip} (walking the project), the project's own {@code target/},
     * {@code node_modules/}, hidden folders such as {@code .git/} and the output folder are left out, at the
     * project's top level only: everything inside the source folders counts, whatever its name.
     */
    private static void walk(MessageDigest sha, Path root, Path skip) {
        if (!Files.isDirectory(root)) {
            update(sha, "missing " + root);
            return;
        }
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS),
                    Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (dir.equals(root)) {
                                return FileVisitResult.CONTINUE;
                            }
                            String name = dir.getFileName().toString();
                            boolean topLevel = root.equals(dir.getParent());
                            boolean skipped = skip != null && (dir.equals(skip) || (topLevel && (name.equals("target")
                                    || name.equals("node_modules") || name.startsWith("."))));
                            return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (skip != null && root.equals(file.getParent())
                                    && file.getFileName().toString().startsWith(".")) {
                                return FileVisitResult.CONTINUE; // .gitignore, and this stamp and lock of a site built here
                            }
                            update(sha, root.relativize(file) + " " + attrs.size() + " "
                                    + attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            update(sha, "unreadable " + root.relativize(file) + " " + e.getClass().getSimpleName());
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            update(sha, "unreadable " + e);
        }
    }

    private static String builderStamp() {
        try {
            Path code = Path.of(UpToDate.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code + " " + Files.getLastModifiedTime(code).toMillis();
        } catch (Exception e) {
            return "unknown " + System.nanoTime();
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
