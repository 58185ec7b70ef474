package org.betterfactories.site.source;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.betterfactories.site.diag.IoProblems;
import org.betterfactories.site.diag.Problem;

/**
 * The files of a source folder ({@code content/}, {@code assets/}), as the build reads them. Links (symbolic
 * links) are followed when what they point at lies inside the project, so an editor may link a file or a folder
 * of the project into another place; a link to anything outside the project is an error at the link, never
 * read and never published (a link to {@code /etc/passwd} in {@code assets/} would otherwise be copied into the
 * site). Names starting with a dot (editor and system files) are left out.
 */
public final class ProjectFiles {
    private ProjectFiles() {
    }

    /**
     * The regular files under {@code dir}, sorted, each with the attributes of the file itself (for a link, of
     * what it points at).
     *
     * @param project the project folder: links may point anywhere inside it
     * @param relative how a path is written in messages (relative to the project)
     * @param problems receives a problem for each link that leads outside the project or in a circle
     */
    public static Map<Path, BasicFileAttributes> walk(Path dir, Path project,
            Function<Path, String> relative, Consumer<Problem> problems) {
        Map<Path, BasicFileAttributes> found = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        Path inside = real(project);
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                            if (!d.equals(dir) && d.getFileName().toString().startsWith(".")) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return outside(d, inside, relative, problems) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (file.getFileName().toString().startsWith(".")) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attrs.isRegularFile() && !outside(file, inside, relative, problems)) {
                                found.put(file, attrs);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                problems.accept(Problem.error(relative.apply(file), 0, 0,
                                        "this link points at a folder that holds it: the folder would never end",
                                        "Remove the link"));
                            } else if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                                problems.accept(Problem.error(relative.apply(file), 0, 0,
                                        "this link points at nothing (" + target(file) + ")",
                                        "Remove the link, or point it at a file of the project"));
                            } else {
                                problems.accept(Problem.error(relative.apply(file), 0, 0,
                                        "this cannot be read: " + IoProblems.reason(e), "Check its permissions"));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.accept(Problem.error(relative.apply(dir), 0, 0, "this folder cannot be read: "
                    + IoProblems.reason(e), "Check its permissions"));
        }
        return found;
    }

    /** True (and a problem reported) when {@code path} is, or lies under, a link to something outside the project. */
    private static boolean outside(Path path, Path project, Function<Path, String> relative,
            Consumer<Problem> problems) {
        Path real = real(path);
        if (real.startsWith(project)) {
            return false;
        }
        problems.accept(Problem.error(relative.apply(path), 0, 0, "this is a link to " + real
                + ", outside the project: it is not read or published",
                "Copy the file into the project instead of linking to it"));
        return true;
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
