package org.betterfactories.site.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Node tools of {@code tools/} (installed from the npm registry at the versions of its
 * {@code package-lock.json}, on first use). Tests that need Node skip where it is not installed, and fail under
 * {@code BFC_REQUIRE_SERVERS=1} (set by {@code .ci/run}).
 */
public final class NodeTools {
    static final Path TOOLS = TestSites.projectDir().resolve("tools");

    /** What a tool printed (standard output and error together) and its exit code. */
    public record Result(int exitCode, String output) {
    }

    private NodeTools() {
    }

    /** Runs {@code node} with {@code args} in the project folder, after installing the tools if needed. */
    public static synchronized Result node(List<String> args) throws IOException {
        Path node = WebServers.require("node", "nodejs");
        if (!Files.isDirectory(TOOLS.resolve("node_modules"))) {
            Path npm = WebServers.require("npm", "npm");
            Result installed = run(List.of(npm.toString(), "ci", "--no-audit", "--no-fund"), TOOLS);
            if (installed.exitCode() != 0) {
                throw new AssertionError("npm ci in tools/ failed:\n" + installed.output());
            }
        }
        List<String> command = new ArrayList<>();
        command.add(node.toString());
        command.addAll(args);
        return run(command, TestSites.projectDir());
    }

    private static Result run(List<String> command, Path dir) throws IOException {
        Path log = Files.createTempFile("node-tool", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
