package org.betterfactories.site.diag;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says in words what went wrong with a file operation. Java's file exceptions often carry only a path as
 * their message ({@code NoSuchFileException: /srv/site/x}), which tells an editor nothing.
 */
public final class IoProblems {
    private IoProblems() {
    }

    /** What went wrong, with the file concerned: "permission denied: /srv/site", "no space left on device: …". */
    public static String reason(Throwable e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied" + on(a);
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder" + on(n);
        }
        if (e instanceof FileAlreadyExistsException f) {
            return "it already exists" + on(f);
        }
        if (e instanceof DirectoryNotEmptyException d) {
            return "the folder is not empty" + on(d);
        }
        if (e instanceof NotDirectoryException d) {
            return "not a folder" + on(d);
        }
        if (e instanceof FileSystemLoopException l) {
            return "the folder links to itself" + on(l);
        }
        if (e instanceof FileSystemException f) {
            return (f.getReason() == null ? f.getClass().getSimpleName() : lowerFirst(f.getReason())) + on(f);
        }
        if (e instanceof SecurityException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static String on(FileSystemException e) {
        return e.getFile() == null ? "" : ": " + e.getFile() + (e.getOtherFile() == null ? "" : " -> " + e.getOtherFile());
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
