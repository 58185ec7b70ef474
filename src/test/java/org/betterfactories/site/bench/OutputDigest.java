package org.betterfactories.site.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.betterfactories.site.Main;
import org.betterfactories.site.testing.TestSites;

/**
 * Prints a digest of every file the builder makes from the shipped site and from a generated corpus, one line a
 * file: a change that must not change what readers get (a refactoring) is checked by running {@code bench/digest}
 * before and after it and comparing the two outputs ({@code diff}). Usage: {@code bench/digest [pairs] > file}.
 */
public final class OutputDigest {
    private OutputDigest() {
    }

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path work = Files.createTempDirectory("bfc-digest-");
        try {
            StringBuilder out = new StringBuilder();
            build(TestSites.projectDir(), work.resolve("shipped"), "shipped", out);
            Path corpus = work.resolve("corpus");
            CorpusGenerator.fromShippedContent().forThisBuilder(pairs, corpus);
            build(corpus, work.resolve("corpus-site"), "corpus", out);
            System.out.print(out);
        } finally {
            TestSites.deleteTree(work);
        }
    }

    private static void build(Path project, Path site, String name, StringBuilder out) throws IOException {
        int code = Main.run(new String[] {"build", "--force", "--project", project.toString(), "--out", site.toString()},
                new PrintStream(OutputStream.nullOutputStream()), System.err);
        if (code != 0) {
            throw new IllegalStateException(name + ": the build failed with exit code " + code);
        }
        for (Map.Entry<String, byte[]> f : TestSites.tree(site).entrySet()) {
            out.append(name).append(' ').append(f.getKey()).append(' ').append(sha256(f.getValue())).append('\n');
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
