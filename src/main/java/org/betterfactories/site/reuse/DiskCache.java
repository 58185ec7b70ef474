package org.betterfactories.site.reuse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Files kept between builds under {@code target/cache/<name>/}, named by the hash of what they are made from (like
 * Hugo's resource cache): drawn covers, printed PDFs. Safe to delete at any time; a file is written through a
 * temporary one, so a build stopped halfway never leaves half a file.
 */
public final class DiskCache {
    private DiskCache() {
    }

    /** A file name for what is made from {@code text} and {@code bytes}: 32 hex digits of their SHA-256. */
    public static String key(String text, byte[] bytes) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(text.getBytes(StandardCharsets.UTF_8));
            d.update(bytes);
            return HexFormat.of().formatHex(d.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code bytes} to {@code file} in {@code dir} (made when missing), replacing it whole. */
    public static void write(Path dir, Path file, byte[] bytes) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "cache", ".tmp");
            Files.write(tmp, bytes);
            // a temporary file is private (rw-------); a cached file may be published as it is (resized images), and
            // a web server must be able to read it
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
